package app.resonance.milestone;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A milestone as stored; {@code daysFromEvent} is null for one set by hand. */
record MilestoneRow(
        UUID id,
        UUID workspaceId,
        UUID campaignId,
        String name,
        LocalDate dueOn,
        Integer daysFromEvent,
        String responsible,
        OffsetDateTime doneAt,
        OffsetDateTime createdAt) {

    static final Table<MilestoneRow> TABLE = Table.of(
            "milestone",
            column("id", "uuid", MilestoneRow::id),
            column("workspace_id", "uuid", MilestoneRow::workspaceId),
            column("campaign_id", "uuid", MilestoneRow::campaignId),
            column("name", "text", MilestoneRow::name),
            column("due_on", "date", MilestoneRow::dueOn),
            column("days_from_event", "int4", MilestoneRow::daysFromEvent),
            column("responsible", "text", MilestoneRow::responsible),
            column("done_at", "timestamptz", MilestoneRow::doneAt),
            column("created_at", "timestamptz", MilestoneRow::createdAt));

    static MilestoneRow from(Row row) {
        OffsetDateTime doneAt = row.getOffsetDateTime("done_at");
        return new MilestoneRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getUUID("campaign_id"),
                row.getString("name"),
                row.getLocalDate("due_on"),
                row.getInteger("days_from_event"),
                row.getString("responsible"),
                doneAt == null ? null : doneAt.withOffsetSameInstant(ZoneOffset.UTC),
                row.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC));
    }
}
