package app.resonance.workspace;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Workspace")
public record WorkspaceView(
        @Id @NonNull UUID id,
        @NonNull String name,
        @NonNull OffsetDateTime createdAt,

        @NonNull @Description("ISO 4217 code of every budget in the workspace.")
        String currency) {

    static WorkspaceView of(Workspace workspace) {
        return new WorkspaceView(workspace.id, workspace.name, workspace.createdAt, workspace.currency);
    }
}
