package app.resonance.equipment;

import app.resonance.common.paging.Cursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EquipmentRepository {

    private static final String COLUMNS = EquipmentRow.TABLE.list();

    private static final String INSERT =
            "insert into equipment (" + COLUMNS + ") values (" + EquipmentRow.TABLE.parameters() + ")";

    private static final String UPDATE = "update equipment set "
            + EquipmentRow.EDITABLE.assignments("id", "workspace_id") + " where workspace_id = "
            + EquipmentRow.EDITABLE.parameter("workspace_id") + " and id = " + EquipmentRow.EDITABLE.parameter("id")
            + " returning " + COLUMNS;

    /**
     * The latest purchase first, equipment without a purchase date last: the order's key is the purchase date
     * with "none" as the earliest date there is.
     */
    static final String SORT_KEY = "coalesce(purchase_date, '-infinity'::date)";

    /** How a cursor writes "no purchase date". */
    static final String NO_DATE = "-infinity";

    private final Pool pool;

    EquipmentRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * A page of the owner's equipment ({@code ownerColumn}: company_id or contact_id, never user text) after the
     * cursor, whose sort value is a date or {@link #NO_DATE}; asks for one row more to know whether a next page
     * exists.
     */
    Uni<List<EquipmentRow>> page(UUID workspaceId, String ownerColumn, UUID ownerId, Cursor after, int limit) {
        Tuple params = Tuple.of(workspaceId, ownerId);
        String keyset = "";
        if (after != null) {
            params.addValue(after.sortValue()).addValue(after.id());
            keyset = " and (" + SORT_KEY + ", id) < ($3::text::date, $4)";
        }
        return pool.preparedQuery("select " + COLUMNS + " from equipment where workspace_id = $1 and " + ownerColumn
                        + " = $2" + keyset + " order by " + SORT_KEY + " desc, id desc limit " + limit)
                .execute(params)
                .map(rows -> rows.stream().map(EquipmentRepository::row).toList());
    }

    Uni<Void> insert(EquipmentRow row) {
        return pool.preparedQuery(INSERT)
                .execute(Tuple.from(EquipmentRow.TABLE.values(row)))
                .replaceWithVoid();
    }

    /** Replaces the row's fields; null when the workspace has no such row. */
    Uni<EquipmentRow> update(EquipmentRow row) {
        return pool.preparedQuery(UPDATE)
                .execute(Tuple.from(EquipmentRow.EDITABLE.values(row)))
                .map(rows -> rows.size() == 0 ? null : row(rows.iterator().next()));
    }

    Uni<Boolean> delete(UUID workspaceId, UUID id) {
        return pool.preparedQuery("delete from equipment where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(result -> result.rowCount() > 0);
    }

    private static EquipmentRow row(Row row) {
        return new EquipmentRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getUUID("company_id"),
                row.getUUID("contact_id"),
                row.getString("product"),
                row.getString("model"),
                row.getLocalDate("production_date"),
                row.getLocalDate("purchase_date"),
                row.getInteger("quantity"),
                row.getString("external_id"),
                row.getOffsetDateTime("created_at"));
    }
}
