package app.resonance.workspace;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Workspaces: reads through the pool (safe under concurrent GraphQL fields), writes through Panache. */
@ApplicationScoped
public class WorkspaceRepository implements PanacheRepositoryBase<Workspace, UUID> {

    private final Pool pool;

    WorkspaceRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<List<WorkspaceView>> listOfMember(String username) {
        return pool.preparedQuery(
                        "select w.id, w.name, w.created_at, w.currency from workspace w where exists (select 1"
                                + " from workspace_member m where m.workspace_id = w.id and m.username = $1) order by lower(w.name), w.id")
                .execute(Tuple.of(username))
                .map(rows -> rows.stream().map(WorkspaceRepository::view).toList());
    }

    Uni<WorkspaceView> view(UUID id) {
        return pool.preparedQuery("select id, name, created_at, currency from workspace where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
    }

    Uni<Map<UUID, String>> currencies(Collection<UUID> ids) {
        return pool.preparedQuery("select id, currency from workspace where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, String> currencies = new HashMap<>();
                    rows.forEach(row -> currencies.put(row.getUUID("id"), row.getString("currency")));
                    return currencies;
                });
    }

    /** Within a write transaction. */
    Uni<Workspace> findByName(String name) {
        return find("name", name).firstResult();
    }

    private static WorkspaceView view(Row row) {
        return new WorkspaceView(
                row.getUUID("id"),
                row.getString("name"),
                row.getOffsetDateTime("created_at"),
                row.getString("currency"));
    }
}
