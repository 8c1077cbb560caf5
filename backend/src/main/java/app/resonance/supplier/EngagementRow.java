package app.resonance.supplier;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An engagement as stored; the API shows it with its rating as a {@link SupplierEngagementView}. */
record EngagementRow(
        UUID id,
        UUID workspaceId,
        UUID supplierId,
        UUID campaignId,
        BudgetCategory service,
        BigDecimal amount,
        LocalDate engagedOn,
        Boolean onTime,
        String note,
        OffsetDateTime createdAt) {

    static final Table<EngagementRow> TABLE = Table.of(
            "supplier_engagement",
            column("id", "uuid", EngagementRow::id),
            column("workspace_id", "uuid", EngagementRow::workspaceId),
            column("supplier_id", "uuid", EngagementRow::supplierId),
            column("campaign_id", "uuid", EngagementRow::campaignId),
            column("service", "text", row -> row.service().name()),
            column("amount", "numeric", row -> Numeric.create(row.amount())),
            column("engaged_on", "date", EngagementRow::engagedOn),
            column("on_time", "bool", EngagementRow::onTime),
            column("note", "text", EngagementRow::note),
            column("created_at", "timestamptz", EngagementRow::createdAt));

    /** What an edit may change: everything but when the row was made. */
    static final Table<EngagementRow> EDITABLE = TABLE.without("created_at");
}
