package app.resonance.supplier;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("EngagementScore")
public record EngagementScoreView(@Id @NonNull UUID criterionId, int score) {}
