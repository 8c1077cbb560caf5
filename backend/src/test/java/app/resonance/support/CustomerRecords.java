package app.resonance.support;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Companies and contacts written with plain SQL, for the tests of what hangs off them (analytic values,
 * equipment, purchases) independently of the companies' and contacts' own API.
 */
public record CustomerRecords(Pool pool) {

    /** A new company of the workspace; answers its id. */
    public String company(String workspaceId, String name) {
        return insert(
                "insert into company (id, workspace_id, name, created_at, updated_at) values ($1, $2, $3, $4, $4)",
                workspaceId,
                name);
    }

    /** A new contact of the workspace with this e-mail address; answers its id. */
    public String contact(String workspaceId, String email) {
        return insert(
                "insert into contact (id, workspace_id, email, created_at, updated_at) values ($1, $2, $3, $4, $4)",
                workspaceId,
                email);
    }

    private String insert(String sql, String workspaceId, String text) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery(sql)
                .execute(Tuple.of(id, UUID.fromString(workspaceId), text, OffsetDateTime.now()))
                .await()
                .indefinitely();
        return id.toString();
    }
}
