package app.resonance.budget;

import app.resonance.supplier.BudgetCategory;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("BudgetLine")
public record BudgetLineView(
        @Id @NonNull UUID id,
        @Id @NonNull UUID campaignId,
        @NonNull BudgetCategory category,
        @NonNull BigDecimal planned,
        @NonNull BigDecimal actual,

        @NonNull @Description("planned − actual; below 0 when overspent.")
        BigDecimal remaining,

        @Id UUID supplierId,
        @NonNull String note,
        @NonNull OffsetDateTime createdAt) {

    /** The columns of {@code budget_line} that {@link #of(Row)} reads. */
    static final String COLUMNS = "id, campaign_id, category, planned, actual, supplier_id, note, created_at";

    static BudgetLineView of(Row row) {
        BigDecimal planned = row.getBigDecimal("planned");
        BigDecimal actual = row.getBigDecimal("actual");
        return new BudgetLineView(
                row.getUUID("id"),
                row.getUUID("campaign_id"),
                BudgetCategory.valueOf(row.getString("category")),
                planned,
                actual,
                planned.subtract(actual),
                row.getUUID("supplier_id"),
                row.getString("note"),
                row.getOffsetDateTime("created_at"));
    }
}
