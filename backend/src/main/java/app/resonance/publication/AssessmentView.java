package app.resonance.publication;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Assessment")
public record AssessmentView(@Ignore UUID workspaceId, @Ignore UUID publicationId, @Ignore UUID segmentId,
        double impact, @NonNull Sentiment sentiment) {
}
