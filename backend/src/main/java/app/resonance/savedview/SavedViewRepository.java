package app.resonance.savedview;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Saved views through the reactive pool: each read and write is one statement scoped by workspace and member, so a
 * view of another member (or tenant) is never found, and no session is shared between GraphQL fields.
 */
@ApplicationScoped
class SavedViewRepository {

    private static final String COLUMNS = "id, screen, name, state::text as state, created_at";

    private final Pool pool;

    SavedViewRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<List<SavedViewView>> list(UUID workspaceId, String username, String screen) {
        return pool.preparedQuery("select " + COLUMNS + " from saved_view"
                        + " where workspace_id = $1 and username = $2 and screen = $3 order by lower(name), id")
                .execute(Tuple.of(workspaceId, username, screen))
                .map(SavedViewRepository::views);
    }

    /** The state goes as text: bound to a jsonb parameter, the client would store a Java string as a JSON string. */
    Uni<SavedViewView> insert(UUID workspaceId, String username, SavedViewInput input, OffsetDateTime now) {
        return pool.preparedQuery("insert into saved_view (id, workspace_id, username, screen, name, state, created_at)"
                        + " values ($1, $2, $3, $4, $5, $6::text::jsonb, $7) returning " + COLUMNS)
                .execute(Tuple.tuple(List.of(
                        UUID.randomUUID(),
                        workspaceId,
                        username,
                        input.screen(),
                        input.name().strip(),
                        input.state(),
                        now)))
                .map(rows -> views(rows).get(0));
    }

    /** Deletes the member's view; false when they have none with this id. */
    Uni<Boolean> delete(UUID workspaceId, String username, UUID id) {
        return pool.preparedQuery("delete from saved_view where workspace_id = $1 and username = $2 and id = $3")
                .execute(Tuple.of(workspaceId, username, id))
                .map(rows -> rows.rowCount() > 0);
    }

    private static List<SavedViewView> views(RowSet<Row> rows) {
        return rows.stream()
                .map(row -> new SavedViewView(
                        row.getUUID("id"),
                        row.getString("screen"),
                        row.getString("name"),
                        row.getString("state"),
                        row.getOffsetDateTime("created_at")))
                .toList();
    }
}
