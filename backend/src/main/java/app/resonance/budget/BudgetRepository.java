package app.resonance.budget;

import app.resonance.supplier.BudgetCategory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Budget lines over the reactive pool: single-row writes and batched reads (one statement per kind of read). */
@ApplicationScoped
public class BudgetRepository {

    /** A campaign's sums in one category. */
    record CategorySums(UUID campaignId, BudgetCategory category, BudgetTotals totals) {}

    /** Far deeper than any real programme; bounds the walk should a cycle ever be stored. */
    private static final int MAX_DEPTH = 1000;

    private final Pool pool;

    BudgetRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<BudgetLineView> insert(
            UUID id, UUID workspaceId, UUID campaignId, BudgetLineInput input, UUID supplierId, OffsetDateTime now) {
        return pool.preparedQuery("insert into budget_line (id, workspace_id, campaign_id, category, planned, actual,"
                        + " supplier_id, note, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning "
                        + BudgetLineView.COLUMNS)
                .execute(Tuple.from(new Object[] {
                    id,
                    workspaceId,
                    campaignId,
                    input.category().name(),
                    input.planned(),
                    actual(input),
                    supplierId,
                    note(input),
                    now
                }))
                .map(BudgetRepository::first);
    }

    /** The changed line, or null when the workspace has no such line. */
    Uni<BudgetLineView> update(UUID workspaceId, UUID id, BudgetLineInput input, UUID supplierId) {
        return pool.preparedQuery("update budget_line set category = $3, planned = $4, actual = $5, supplier_id = $6,"
                        + " note = $7 where workspace_id = $1 and id = $2 returning " + BudgetLineView.COLUMNS)
                .execute(Tuple.from(new Object[] {
                    workspaceId, id, input.category().name(), input.planned(), actual(input), supplierId, note(input)
                }))
                .map(BudgetRepository::first);
    }

    /** The line with this supplier, and this planned amount unless null; null when there is no such line. */
    Uni<BudgetLineView> assignSupplier(UUID workspaceId, UUID id, UUID supplierId, BigDecimal planned) {
        return pool.preparedQuery("update budget_line set supplier_id = $3, planned = coalesce($4, planned)"
                        + " where workspace_id = $1 and id = $2 returning " + BudgetLineView.COLUMNS)
                .execute(Tuple.of(workspaceId, id, supplierId, planned))
                .map(BudgetRepository::first);
    }

    Uni<Boolean> delete(UUID workspaceId, UUID id) {
        return pool.preparedQuery("delete from budget_line where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(rows -> rows.rowCount() > 0);
    }

    /** The line, or null when the workspace has no such line. */
    Uni<BudgetLineView> line(UUID workspaceId, UUID id) {
        return pool.preparedQuery(
                        "select " + BudgetLineView.COLUMNS + " from budget_line where workspace_id = $1 and id = $2")
                .execute(Tuple.of(workspaceId, id))
                .map(BudgetRepository::first);
    }

    /** The campaigns' lines, oldest first. */
    Uni<List<BudgetLineView>> lines(Collection<UUID> campaignIds) {
        return pool.preparedQuery("select " + BudgetLineView.COLUMNS
                        + " from budget_line where campaign_id = any($1) order by created_at, id")
                .execute(Tuple.of(campaignIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<BudgetLineView> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(BudgetLineView.of(row)));
                    return lines;
                });
    }

    /** Each campaign's sums per category that has lines. */
    Uni<List<CategorySums>> byCategory(Collection<UUID> campaignIds) {
        return pool.preparedQuery("select campaign_id, category, sum(planned) as planned, sum(actual) as actual"
                        + " from budget_line where campaign_id = any($1) group by campaign_id, category")
                .execute(Tuple.of(campaignIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<CategorySums> sums = new ArrayList<>();
                    rows.forEach(row -> sums.add(new CategorySums(
                            row.getUUID("campaign_id"),
                            BudgetCategory.valueOf(row.getString("category")),
                            BudgetTotals.of(row.getBigDecimal("planned"), row.getBigDecimal("actual")))));
                    return sums;
                });
    }

    /**
     * Each campaign's sums with all its descendants' (the programme), in one statement: a walk down the tree
     * from every campaign of the batch, then the lines of every campaign reached. Campaigns without lines
     * anywhere below them are absent.
     */
    Uni<Map<UUID, BudgetTotals>> programmes(Collection<UUID> campaignIds) {
        return pool.preparedQuery("""
                        with recursive tree (root, workspace_id, id, depth) as (
                            select id, workspace_id, id, 0 from campaign where id = any($1)
                            union all
                            select tree.root, c.workspace_id, c.id, tree.depth + 1
                            from tree join campaign c on c.workspace_id = tree.workspace_id and c.parent_id = tree.id
                            where tree.depth < $2
                        )
                        select tree.root, sum(b.planned) as planned, sum(b.actual) as actual
                        from tree join budget_line b on b.campaign_id = tree.id
                        group by tree.root""")
                .execute(Tuple.of(campaignIds.toArray(UUID[]::new), MAX_DEPTH))
                .map(rows -> {
                    Map<UUID, BudgetTotals> sums = new HashMap<>();
                    rows.forEach(row -> sums.put(
                            row.getUUID("root"),
                            BudgetTotals.of(row.getBigDecimal("planned"), row.getBigDecimal("actual"))));
                    return sums;
                });
    }

    private static BigDecimal actual(BudgetLineInput input) {
        return input.actual() == null ? BigDecimal.ZERO : input.actual();
    }

    private static String note(BudgetLineInput input) {
        return input.note() == null ? "" : input.note().strip();
    }

    private static BudgetLineView first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : BudgetLineView.of(rows.iterator().next());
    }
}
