package app.resonance.workspace;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Memberships. Reads go straight to the pool: GraphQL resolves root fields concurrently, and a
 * Hibernate session must never be shared between them; Panache is used inside write transactions.
 */
@ApplicationScoped
public class MembershipRepository implements PanacheRepository<Membership> {

    private final Pool pool;

    MembershipRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<Boolean> isMember(UUID workspaceId, String username) {
        return pool.preparedQuery(
                        "select exists (select 1 from workspace_member where workspace_id = $1 and username = $2)")
                .execute(Tuple.of(workspaceId, username))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Members of all the given workspaces in one query (for batched GraphQL resolution). */
    Uni<List<MemberRow>> ofWorkspaces(Collection<UUID> workspaceIds) {
        return pool.preparedQuery("select workspace_id, username, added_at from workspace_member"
                        + " where workspace_id = any($1) order by username")
                .execute(Tuple.of(workspaceIds.toArray(UUID[]::new)))
                .map(rows -> rows.stream()
                        .map(row -> new MemberRow(
                                row.getUUID("workspace_id"),
                                new MemberView(row.getString("username"), row.getOffsetDateTime("added_at"))))
                        .toList());
    }

    record MemberRow(UUID workspaceId, MemberView member) {}

    /** Within a write transaction. */
    Uni<List<String>> usernames(UUID workspaceId) {
        return find("select m.username from Membership m where m.workspaceId = ?1", workspaceId)
                .project(String.class)
                .list();
    }

    /** Within a write transaction. */
    Uni<Long> remove(UUID workspaceId, String username) {
        return delete("workspaceId = ?1 and username = ?2", workspaceId, username);
    }
}
