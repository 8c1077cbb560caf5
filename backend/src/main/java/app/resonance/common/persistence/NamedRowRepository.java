package app.resonance.common.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A {@link WorkspaceScopedRepository} of a table named as its noun (e.g. "segment") whose views
 * are one query through the reactive pool: the given columns of the workspace's rows (or of the
 * rows with the given ids), by name, each mapped by {@code view}.
 *
 * <p>Subclasses are {@code @Singleton} beans: a normal-scoped bean's client proxy needs a no-args
 * constructor, which ArC cannot add to a class whose superclass has none, and a repository holds no
 * state that a proxy would have to guard.
 */
public abstract class NamedRowRepository<E, V> implements WorkspaceScopedRepository<E, V> {

    protected final Pool pool;
    private final String table;
    private final String viewQuery;
    private final Function<Row, V> view;

    protected NamedRowRepository(Pool pool, String table, String viewColumns, Function<Row, V> view) {
        this.pool = pool;
        this.table = table;
        this.viewQuery = "select " + viewColumns + " from " + table
                + " where workspace_id = $1 and ($2::uuid[] is null or id = any($2)) order by lower(name), id";
        this.view = view;
    }

    @Override
    public String noun() {
        return table;
    }

    @Override
    public Uni<List<V>> views(UUID workspaceId, Collection<UUID> ids) {
        return pool.preparedQuery(viewQuery)
                .execute(Tuple.of(workspaceId, ids == null ? null : ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(view).toList());
    }
}
