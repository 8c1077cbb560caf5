package app.resonance.company;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A company as stored; the API shows it as a {@link CompanyView}. */
record CompanyRow(
        UUID id,
        UUID workspaceId,
        String name,
        String industry,
        String region,
        CompanySize size,
        CompanyStatus status,
        String owner,
        UpsellPotential upsellPotential,
        String externalId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The table's columns, the one place that names them. */
    static final Table<CompanyRow> TABLE = Table.of(
            "company",
            column("id", "uuid", CompanyRow::id),
            column("workspace_id", "uuid", CompanyRow::workspaceId),
            column("name", "text", CompanyRow::name),
            column("industry", "text", CompanyRow::industry),
            column("region", "text", CompanyRow::region),
            column("size", "text", row -> nameOf(row.size())),
            column("status", "text", row -> row.status().name()),
            column("owner", "text", CompanyRow::owner),
            column("upsell_potential", "text", row -> nameOf(row.upsellPotential())),
            column("external_id", "text", CompanyRow::externalId),
            column("created_at", "timestamptz", CompanyRow::createdAt),
            column("updated_at", "timestamptz", CompanyRow::updatedAt));

    static CompanyRow from(Row row) {
        return new CompanyRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getString("name"),
                row.getString("industry"),
                row.getString("region"),
                valueOf(CompanySize.class, row.getString("size")),
                CompanyStatus.valueOf(row.getString("status")),
                row.getString("owner"),
                valueOf(UpsellPotential.class, row.getString("upsell_potential")),
                row.getString("external_id"),
                row.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC),
                row.getOffsetDateTime("updated_at").withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
