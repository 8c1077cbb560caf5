package app.resonance.workspace;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Member")
public record MemberView(@NonNull String username, @NonNull OffsetDateTime addedAt) {}
