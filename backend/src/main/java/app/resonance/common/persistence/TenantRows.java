package app.resonance.common.persistence;

import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Keyset;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SQL of a tenant table whose rows are records {@code R} (columns {@code id} and {@code workspace_id}
 * among them), read and written one at a time or a page at a time: reads through the pool, writes on the
 * caller's transaction. A feature's repository holds one and adds its own statements.
 */
public final class TenantRows<R> {

    /** A row of a page, with its cursor. */
    public record Paged<R>(R row, String cursor) {}

    private final Pool pool;
    private final Table<R> table;
    private final String alias;
    private final Function<Row, R> reader;
    private final Function<R, UUID> id;
    private final String columns;
    private final String insert;
    private final String update;

    /** {@code alias}: how page queries and their conditions name the table, e.g. "c". */
    public TenantRows(Pool pool, Table<R> table, String alias, Function<Row, R> reader, Function<R, UUID> id) {
        this.pool = pool;
        this.table = table;
        this.alias = alias;
        this.reader = reader;
        this.id = id;
        this.columns = table.listAs(alias);
        this.insert = "insert into " + table.name() + " (" + table.list() + ") values (" + table.parameters()
                + ") returning " + table.list();
        this.update = "update " + table.name() + " set " + table.assignments("id", "workspace_id")
                + " where workspace_id = " + table.parameter("workspace_id") + " and id = " + table.parameter("id")
                + " returning " + table.list();
    }

    /** One page in the keyset's order, after the cursor, of the rows the conditions (over the alias) select. */
    public Uni<List<Paged<R>>> page(SqlConditions query, Keyset order, Cursor after, int limit) {
        Tuple params = query.params();
        String keyset = order.after(after, params);
        return pool.preparedQuery("select " + columns + order.sortColumns() + " " + from() + " where " + query.where()
                        + keyset + " order by " + order.orderBy() + " limit " + limit)
                .execute(params)
                .map(rows -> rows.stream()
                        .map(row -> {
                            R record = reader.apply(row);
                            return new Paged<>(record, order.cursor(row, id.apply(record)));
                        })
                        .toList());
    }

    public Uni<Long> count(SqlConditions query) {
        return pool.preparedQuery("select count(*) " + from() + " where " + query.where())
                .execute(query.params())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The workspace's rows of these ids (those it has). */
    public Uni<List<R>> rows(UUID workspaceId, Collection<UUID> ids) {
        return pool.preparedQuery("select " + columns + " " + from() + " where " + alias + ".workspace_id = $1 and "
                        + alias + ".id = any($2)")
                .execute(Tuple.of(workspaceId, ids.toArray(UUID[]::new)))
                .map(this::records);
    }

    /** The row, locked until the transaction ends, or null. */
    public Uni<R> lock(SqlClient transaction, UUID workspaceId, UUID rowId) {
        return transaction
                .preparedQuery("select " + columns + " " + from() + " where " + alias + ".workspace_id = $1 and "
                        + alias + ".id = $2 for update")
                .execute(Tuple.of(workspaceId, rowId))
                .map(rows -> records(rows).stream().findFirst().orElse(null));
    }

    /** The row as stored. */
    /** Locks those of the rows that are the workspace's, in id order (so that two such locks never wait on each other); answers their ids. */
    public Uni<List<UUID>> lock(SqlClient transaction, UUID workspaceId, Collection<UUID> rowIds) {
        return transaction
                .preparedQuery("select id from " + table.name() + " where workspace_id = $1 and id = any($2)"
                        + " order by id for update")
                .execute(Tuple.of(workspaceId, rowIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("id")));
                    return ids;
                });
    }

    public Uni<R> insert(SqlClient transaction, R row) {
        return transaction
                .preparedQuery(insert)
                .execute(Tuple.from(table.values(row)))
                .map(rows -> records(rows).get(0));
    }

    /** Replaces every column but id and workspace_id; the row as stored. */
    public Uni<R> update(SqlClient transaction, R row) {
        return transaction
                .preparedQuery(update)
                .execute(Tuple.from(table.values(row)))
                .map(rows -> records(rows).get(0));
    }

    /** Deletes the row (with what cascades from it); false when the workspace has none such. */
    public Uni<Boolean> delete(SqlClient transaction, UUID workspaceId, UUID rowId) {
        return transaction
                .preparedQuery("delete from " + table.name() + " where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, rowId))
                .map(result -> result.rowCount() > 0);
    }

    private String from() {
        return "from " + table.name() + " " + alias;
    }

    private List<R> records(RowSet<Row> rows) {
        return rows.stream().map(reader).toList();
    }
}
