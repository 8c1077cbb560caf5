package app.resonance.workspace;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A change to a workspace the subscriber belongs to (or just left).")
public record WorkspaceChange(
        @NonNull Kind kind,
        @Id @NonNull UUID workspaceId,
        @NonNull String workspaceName,

        @Description("The member added or removed (MEMBER_* kinds only).")
        String member,

        @NonNull @Description("Who made the change.") String actor,
        @NonNull OffsetDateTime at) {

    @Enum("WorkspaceChangeKind")
    public enum Kind {
        CREATED,
        RENAMED,
        MEMBER_ADDED,
        MEMBER_REMOVED
    }
}
