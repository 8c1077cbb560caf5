package app.resonance.workspace;

import app.resonance.common.error.Ids;
import app.resonance.common.persistence.DatabaseErrors;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes over the reactive SQL client (features whose rows are SQL, not entities): once the caller may
 * write in the workspace, the work runs in one transaction on one connection, so a row and what other
 * features record about it in the same call (a timeline entry) commit or roll back together. A unique
 * index that refuses a row comes back as {@code DUPLICATE} on its field.
 */
@ApplicationScoped
public class WorkspaceTransactions {

    /** Who writes where, and the connection of their transaction. */
    public record Writer(UUID workspaceId, String username, SqlConnection connection) {}

    private final WorkspaceAccess access;
    private final Pool pool;

    WorkspaceTransactions(WorkspaceAccess access, Pool pool) {
        this.access = access;
        this.pool = pool;
    }

    public <T> Uni<T> write(String workspaceId, Function<Writer, Uni<T>> work) {
        return Uni.createFrom()
                .item(() -> Ids.parse("workspaceId", workspaceId))
                .chain(ws -> access.checkedUsername(ws, WorkspacePermission.WRITE)
                        .chain(username ->
                                pool.withTransaction(connection -> work.apply(new Writer(ws, username, connection)))))
                .onFailure()
                .transform(DatabaseErrors::asDuplicate);
    }
}
