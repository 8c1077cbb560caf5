package app.resonance.supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Suppliers' quotes, and which suppliers of a workspace offer a service at what price. */
@ApplicationScoped
class QuoteRepository {

    private static final String COLUMNS = "supplier_id, service, amount, note, updated_at";

    /** A supplier offering a service, and its quote for it (null without one). */
    record Offer(UUID supplierId, String name, BigDecimal quote) {}

    private final Pool pool;

    QuoteRepository(Pool pool) {
        this.pool = pool;
    }

    /** The supplier's services, or null when the workspace has no such supplier. */
    Uni<List<String>> services(UUID workspaceId, UUID supplierId) {
        return pool.preparedQuery("select services from supplier where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, supplierId))
                .map(rows ->
                        rows.size() == 0 ? null : List.of(rows.iterator().next().getArrayOfStrings("services")));
    }

    /** Stores the quote in place of the supplier's earlier one for the service. */
    Uni<SupplierQuoteView> upsert(
            UUID workspaceId,
            UUID supplierId,
            BudgetCategory service,
            BigDecimal amount,
            String note,
            OffsetDateTime now) {
        return pool.preparedQuery("insert into supplier_quote (workspace_id, supplier_id, service, amount, note,"
                        + " updated_at) values ($1, $2, $3, $4, $5, $6) on conflict (supplier_id, service) do update"
                        + " set amount = excluded.amount, note = excluded.note, updated_at = excluded.updated_at"
                        + " where supplier_quote.workspace_id = excluded.workspace_id returning " + COLUMNS)
                .execute(Tuple.of(workspaceId, supplierId, service.name(), Numeric.create(amount), note, now))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
    }

    Uni<Boolean> delete(UUID workspaceId, UUID supplierId, BudgetCategory service) {
        return pool.preparedQuery(
                        "delete from supplier_quote where workspace_id = $1 and supplier_id = $2 and service = $3")
                .execute(Tuple.of(workspaceId, supplierId, service.name()))
                .map(result -> result.rowCount() > 0);
    }

    /** The suppliers' quotes, by supplier and service. */
    Uni<List<SupplierQuoteView>> ofSuppliers(Collection<UUID> supplierIds) {
        return pool.preparedQuery("select " + COLUMNS + " from supplier_quote where supplier_id = any ($1)"
                        + " order by supplier_id, service")
                .execute(Tuple.of(supplierIds.toArray(UUID[]::new)))
                .map(rows -> rows.stream().map(QuoteRepository::view).toList());
    }

    /** Every supplier of the workspace offering the service, with its quote for it. */
    Uni<List<Offer>> offers(UUID workspaceId, BudgetCategory service) {
        return pool.preparedQuery(
                        "select s.id, s.name, q.amount from supplier s left join supplier_quote q"
                                + " on q.supplier_id = s.id and q.service = $2 where s.workspace_id = $1 and $2 = any (s.services)")
                .execute(Tuple.of(workspaceId, service.name()))
                .map(rows -> rows.stream()
                        .map(row -> new Offer(row.getUUID("id"), row.getString("name"), row.getBigDecimal("amount")))
                        .toList());
    }

    private static SupplierQuoteView view(Row row) {
        return new SupplierQuoteView(
                row.getUUID("supplier_id"),
                BudgetCategory.valueOf(row.getString("service")),
                row.getBigDecimal("amount"),
                row.getString("note"),
                row.getOffsetDateTime("updated_at"));
    }
}
