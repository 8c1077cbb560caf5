package app.resonance.contact;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A contact as stored (without the generated matching keys); the API shows it as a {@link ContactView}. */
record ContactRow(
        UUID id,
        UUID workspaceId,
        UUID companyId,
        String firstName,
        String lastName,
        String position,
        boolean keyStaff,
        boolean management,
        String email,
        String phone,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String preferredLanguage,
        String externalId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The table's columns, the one place that names them. */
    static final Table<ContactRow> TABLE = Table.of(
            "contact",
            column("id", "uuid", ContactRow::id),
            column("workspace_id", "uuid", ContactRow::workspaceId),
            column("company_id", "uuid", ContactRow::companyId),
            column("first_name", "text", ContactRow::firstName),
            column("last_name", "text", ContactRow::lastName),
            column("position", "text", ContactRow::position),
            column("key_staff", "bool", ContactRow::keyStaff),
            column("management", "bool", ContactRow::management),
            column("email", "text", ContactRow::email),
            column("phone", "text", ContactRow::phone),
            column("address_line", "text", ContactRow::addressLine),
            column("postal_code", "text", ContactRow::postalCode),
            column("city", "text", ContactRow::city),
            column("country", "text", ContactRow::country),
            column("preferred_language", "text", ContactRow::preferredLanguage),
            column("external_id", "text", ContactRow::externalId),
            column("created_at", "timestamptz", ContactRow::createdAt),
            column("updated_at", "timestamptz", ContactRow::updatedAt));

    static ContactRow from(Row row) {
        return new ContactRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getUUID("company_id"),
                row.getString("first_name"),
                row.getString("last_name"),
                row.getString("position"),
                row.getBoolean("key_staff"),
                row.getBoolean("management"),
                row.getString("email"),
                row.getString("phone"),
                row.getString("address_line"),
                row.getString("postal_code"),
                row.getString("city"),
                row.getString("country"),
                row.getString("preferred_language"),
                row.getString("external_id"),
                row.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC),
                row.getOffsetDateTime("updated_at").withOffsetSameInstant(ZoneOffset.UTC));
    }
}
