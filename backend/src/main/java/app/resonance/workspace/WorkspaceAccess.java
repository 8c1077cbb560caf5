package app.resonance.workspace;

import app.resonance.common.error.AccessDenied;
import app.resonance.common.error.Ids;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.identity.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/**
 * The single gate for tenant data: the caller must hold the permission's role AND be a member
 * of the workspace. Every feature's service passes it before touching a workspace's rows: reads
 * through {@link #check}, writes through {@link #inTransaction} (named rows through {@link NamedRows}).
 */
@ApplicationScoped
public class WorkspaceAccess {

    private final CurrentUser currentUser;
    private final MembershipRepository memberships;

    WorkspaceAccess(CurrentUser currentUser, MembershipRepository memberships) {
        this.currentUser = currentUser;
        this.memberships = memberships;
    }

    /**
     * For API arguments: parses the {@code workspaceId} argument and emits it once the caller holds the
     * permission's role and is a member; fails with {@link AccessDenied} otherwise.
     */
    public Uni<UUID> check(String workspaceId, WorkspacePermission permission) {
        return currentUser.identity().chain(identity -> check(identity, workspaceId, permission));
    }

    /** As {@link #check(String, WorkspacePermission)} for a parsed id, emitting the caller's username. */
    public Uni<String> checkedUsername(UUID workspaceId, WorkspacePermission permission) {
        return currentUser.require(permission.role).chain(username -> member(workspaceId, username));
    }

    /** As {@link #check(String, WorkspacePermission)}, for an identity known otherwise (a WebSocket's). */
    public Uni<UUID> check(SecurityIdentity identity, String workspaceId, WorkspacePermission permission) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .call(id -> member(id, CurrentUser.require(identity, permission.role)));
    }

    /**
     * Runs {@code work} in one transaction once the caller may act in the workspace with the
     * permission; a write that raced another one past a uniqueness check comes back as a
     * {@code DUPLICATE} error on its field instead of a system error.
     */
    public <T> Uni<T> inTransaction(String workspaceId, WorkspacePermission permission, Function<UUID, Uni<T>> work) {
        return Panache.withTransaction(() -> check(workspaceId, permission).chain(ws -> work.apply(ws)))
                .onFailure()
                .transform(DatabaseErrors::asDuplicate);
    }

    private Uni<String> member(UUID workspaceId, String username) {
        return memberships.isMember(workspaceId, username).map(member -> {
            // Same answer for "no such workspace" and "not yours": ids of other tenants stay secret.
            if (!member) {
                throw new AccessDenied("You are not a member of workspace " + workspaceId);
            }
            return username;
        });
    }
}
