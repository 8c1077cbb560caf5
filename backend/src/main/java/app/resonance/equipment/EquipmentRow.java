package app.resonance.equipment;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An equipment row as stored; the API shows it as an {@link EquipmentView}. */
record EquipmentRow(
        UUID id,
        UUID workspaceId,
        UUID companyId,
        UUID contactId,
        String product,
        String model,
        LocalDate productionDate,
        LocalDate purchaseDate,
        int quantity,
        String externalId,
        OffsetDateTime createdAt) {

    /** The table's columns, the one place that names them. */
    static final Table<EquipmentRow> TABLE = Table.of(
            "equipment",
            column("id", "uuid", EquipmentRow::id),
            column("workspace_id", "uuid", EquipmentRow::workspaceId),
            column("company_id", "uuid", EquipmentRow::companyId),
            column("contact_id", "uuid", EquipmentRow::contactId),
            column("product", "text", EquipmentRow::product),
            column("model", "text", EquipmentRow::model),
            column("production_date", "date", EquipmentRow::productionDate),
            column("purchase_date", "date", EquipmentRow::purchaseDate),
            column("quantity", "int4", EquipmentRow::quantity),
            column("external_id", "text", EquipmentRow::externalId),
            column("created_at", "timestamptz", EquipmentRow::createdAt));

    /** What an edit may change: everything but when the row was made. */
    static final Table<EquipmentRow> EDITABLE = TABLE.without("created_at");
}
