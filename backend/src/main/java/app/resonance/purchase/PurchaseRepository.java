package app.resonance.purchase;

import app.resonance.common.paging.Cursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PurchaseRepository {

    private static final String COLUMNS = PurchaseRow.TABLE.list();

    private static final String INSERT =
            "insert into purchase (" + COLUMNS + ") values (" + PurchaseRow.TABLE.parameters() + ")";

    private static final String UPDATE = "update purchase set "
            + PurchaseRow.EDITABLE.assignments("id", "workspace_id") + " where workspace_id = "
            + PurchaseRow.EDITABLE.parameter("workspace_id") + " and id = " + PurchaseRow.EDITABLE.parameter("id")
            + " returning " + COLUMNS;

    private static final String INSERT_ITEMS = "insert into purchase_item (" + PurchaseItemRow.TABLE.list()
            + ") select * from " + PurchaseItemRow.TABLE.unnest(1);

    private final Pool pool;

    PurchaseRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * A page of the workspace's purchases, of the company and/or the contact when given, the latest first, after
     * the cursor; asks for one row more to know whether a next page exists.
     */
    Uni<List<PurchaseRow>> page(UUID workspaceId, UUID companyId, UUID contactId, Cursor after, int limit) {
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        StringBuilder where = new StringBuilder("workspace_id = $1");
        if (companyId != null) {
            params.add(companyId);
            where.append(" and company_id = $").append(params.size());
        }
        if (contactId != null) {
            params.add(contactId);
            where.append(" and contact_id = $").append(params.size());
        }
        if (after != null) {
            params.add(after.sortValue(OffsetDateTime::parse));
            params.add(after.id());
            where.append(" and (purchased_at, id) < ($")
                    .append(params.size() - 1)
                    .append(", $")
                    .append(params.size())
                    .append(")");
        }
        return pool.preparedQuery("select " + COLUMNS + " from purchase where " + where
                        + " order by purchased_at desc, id desc limit " + limit)
                .execute(Tuple.from(params))
                .map(rows -> rows.stream().map(PurchaseRepository::row).toList());
    }

    /** The items of these purchases, by purchase, each in the order given. */
    Uni<Map<UUID, List<PurchaseItemView>>> items(Collection<UUID> purchaseIds) {
        return pool.preparedQuery("select purchase_id, product, category, quantity from purchase_item"
                        + " where purchase_id = any($1) order by id")
                .execute(Tuple.of(purchaseIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<PurchaseItemView>> byPurchase = new HashMap<>();
                    rows.forEach(row -> byPurchase
                            .computeIfAbsent(row.getUUID("purchase_id"), id -> new ArrayList<>())
                            .add(new PurchaseItemView(
                                    row.getString("product"), row.getString("category"), row.getInteger("quantity"))));
                    return byPurchase;
                });
    }

    /** Inserts the purchase with its items, in one transaction. */
    Uni<Void> insert(PurchaseRow purchase, List<PurchaseItemRow> items) {
        return pool.withTransaction(connection -> connection
                .preparedQuery(INSERT)
                .execute(Tuple.from(PurchaseRow.TABLE.values(purchase)))
                .chain(() -> insertItems(connection, items)));
    }

    /** Replaces the purchase and all its items in one transaction; null when the workspace has no such purchase. */
    Uni<PurchaseRow> update(PurchaseRow purchase, List<PurchaseItemRow> items) {
        return pool.withTransaction(connection -> connection
                .preparedQuery(UPDATE)
                .execute(Tuple.from(PurchaseRow.EDITABLE.values(purchase)))
                .chain(rows -> rows.size() == 0
                        ? Uni.createFrom().nullItem()
                        : connection
                                .preparedQuery("delete from purchase_item where purchase_id = $1")
                                .execute(Tuple.of(purchase.id()))
                                .chain(() -> insertItems(connection, items))
                                .replaceWith(row(rows.iterator().next()))));
    }

    /** Deletes the purchase with its items. */
    Uni<Boolean> delete(UUID workspaceId, UUID id) {
        return pool.preparedQuery("delete from purchase where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(result -> result.rowCount() > 0);
    }

    private static Uni<Void> insertItems(SqlClient connection, List<PurchaseItemRow> items) {
        return connection
                .preparedQuery(INSERT_ITEMS)
                .execute(Tuple.from(Arrays.asList(PurchaseItemRow.TABLE.arrays(items))))
                .replaceWithVoid();
    }

    private static PurchaseRow row(Row row) {
        return new PurchaseRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getUUID("company_id"),
                row.getUUID("contact_id"),
                row.getOffsetDateTime("purchased_at"),
                row.getBigDecimal("amount"),
                row.getString("currency"),
                row.getString("external_id"),
                row.getOffsetDateTime("created_at"));
    }
}
