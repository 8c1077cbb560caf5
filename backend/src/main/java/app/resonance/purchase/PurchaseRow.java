package app.resonance.purchase;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A purchase row as stored; the API shows it as a {@link PurchaseView}. */
record PurchaseRow(
        UUID id,
        UUID workspaceId,
        UUID companyId,
        UUID contactId,
        OffsetDateTime purchasedAt,
        BigDecimal amount,
        String currency,
        String externalId,
        OffsetDateTime createdAt) {

    /** The table's columns, the one place that names them. */
    static final Table<PurchaseRow> TABLE = Table.of(
            "purchase",
            column("id", "uuid", PurchaseRow::id),
            column("workspace_id", "uuid", PurchaseRow::workspaceId),
            column("company_id", "uuid", PurchaseRow::companyId),
            column("contact_id", "uuid", PurchaseRow::contactId),
            column("purchased_at", "timestamptz", PurchaseRow::purchasedAt),
            // The client binds exact decimals as its own Numeric.
            column("amount", "numeric", row -> Numeric.create(row.amount())),
            column("currency", "text", PurchaseRow::currency),
            column("external_id", "text", PurchaseRow::externalId),
            column("created_at", "timestamptz", PurchaseRow::createdAt));

    /** What an edit may change: everything but when the row was made. */
    static final Table<PurchaseRow> EDITABLE = TABLE.without("created_at");
}
