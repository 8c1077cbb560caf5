package app.resonance.workspace;

import app.resonance.common.error.Ids;
import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@Authenticated
public class WorkspaceGraphQL {

    /** Keycloak's default username alphabet (lower case), which service-account names also fit. */
    static final String USERNAME = "[a-z0-9._@-]{1,255}";

    private final WorkspaceService service;

    WorkspaceGraphQL(WorkspaceService service) {
        this.service = service;
    }

    @Query("workspaces")
    @Description("Workspaces the signed-in user belongs to, by name.")
    public Uni<@NonNull List<@NonNull WorkspaceView>> workspaces() {
        return service.mine();
    }

    @Query("workspace")
    @Description("One workspace; FORBIDDEN when the signed-in user is not a member.")
    public Uni<@NonNull WorkspaceView> workspace(@Id @NonNull String id) {
        return Uni.createFrom().item(() -> Ids.parse("id", id)).chain(service::get);
    }

    @Description("Members of the workspace, by username.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull MemberView>>> members(@Source List<WorkspaceView> workspaces) {
        List<UUID> ids = workspaces.stream().map(WorkspaceView::id).toList();
        return service.members(ids)
                .map(byWorkspace -> ids.stream()
                        .map(id -> byWorkspace.getOrDefault(id, List.of()))
                        .toList());
    }

    @Mutation("createWorkspace")
    @Description("Admins only; the creator becomes the first member.")
    public Uni<@NonNull WorkspaceView> createWorkspace(@NonNull @Valid WorkspaceInput input) {
        return service.create(input);
    }

    @Mutation("renameWorkspace")
    @Description("Admins who are members only.")
    public Uni<@NonNull WorkspaceView> renameWorkspace(@Id @NonNull String id, @NonNull @Valid WorkspaceInput input) {
        return Uni.createFrom().item(() -> Ids.parse("id", id)).chain(uuid -> service.rename(uuid, input));
    }

    @Mutation("addMember")
    @Description("Admins who are members only. The username is the user's Keycloak username.")
    public Uni<@NonNull WorkspaceView> addMember(
            @Id @NonNull String workspaceId,
            @NonNull @NotBlank @Pattern(regexp = USERNAME, message = "{resonance.validation.username}")
                    String username) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .chain(uuid -> service.addMember(uuid, username));
    }

    @Mutation("removeMember")
    @Description("Admins who are members only. A workspace keeps at least one member.")
    public Uni<@NonNull WorkspaceView> removeMember(
            @Id @NonNull String workspaceId, @NonNull @NotBlank String username) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .chain(uuid -> service.removeMember(uuid, username));
    }

    @Mutation("setWorkspaceCurrency")
    @Description("Admins who are members only: the ISO 4217 code (e.g. EUR) of every budget in the workspace.")
    public Uni<@NonNull WorkspaceView> setWorkspaceCurrency(
            @Id @NonNull String workspaceId, @NonNull @Pattern(regexp = "^[A-Z]{3}$") String currency) {
        return service.setCurrency(workspaceId, currency);
    }

    @Subscription("workspaceChanged")
    @Description("Changes to workspaces the signed-in user belongs to (or just left), live.")
    public Multi<WorkspaceChange> workspaceChanged() {
        return service.changesForCaller();
    }
}
