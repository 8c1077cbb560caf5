package app.resonance.purchase;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import java.util.UUID;

/** An item of a purchase as stored (its id is the database's, in the order the items were given). */
record PurchaseItemRow(UUID workspaceId, UUID purchaseId, String product, String category, int quantity) {

    static final Table<PurchaseItemRow> TABLE = Table.of(
            "purchase_item",
            column("workspace_id", "uuid", PurchaseItemRow::workspaceId),
            column("purchase_id", "uuid", PurchaseItemRow::purchaseId),
            column("product", "text", PurchaseItemRow::product),
            column("category", "text", PurchaseItemRow::category),
            column("quantity", "int4", PurchaseItemRow::quantity));
}
