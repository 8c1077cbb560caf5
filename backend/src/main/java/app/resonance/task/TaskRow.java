package app.resonance.task;

import static app.resonance.common.persistence.Table.column;

import app.resonance.common.persistence.Table;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A task as stored. */
record TaskRow(
        UUID id,
        UUID workspaceId,
        UUID campaignId,
        UUID milestoneId,
        String title,
        String assignee,
        double estimatedHours,
        LocalDate startsOn,
        LocalDate dueOn,
        TaskState state,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static final Table<TaskRow> TABLE = Table.of(
            "task",
            column("id", "uuid", TaskRow::id),
            column("workspace_id", "uuid", TaskRow::workspaceId),
            column("campaign_id", "uuid", TaskRow::campaignId),
            column("milestone_id", "uuid", TaskRow::milestoneId),
            column("title", "text", TaskRow::title),
            column("assignee", "text", TaskRow::assignee),
            column("estimated_hours", "numeric", row -> Numeric.create(row.estimatedHours())),
            column("starts_on", "date", TaskRow::startsOn),
            column("due_on", "date", TaskRow::dueOn),
            column("state", "text", row -> row.state().name()),
            column("created_at", "timestamptz", TaskRow::createdAt),
            column("updated_at", "timestamptz", TaskRow::updatedAt));

    static TaskRow from(Row row) {
        return new TaskRow(
                row.getUUID("id"),
                row.getUUID("workspace_id"),
                row.getUUID("campaign_id"),
                row.getUUID("milestone_id"),
                row.getString("title"),
                row.getString("assignee"),
                row.getNumeric("estimated_hours").doubleValue(),
                row.getLocalDate("starts_on"),
                row.getLocalDate("due_on"),
                TaskState.valueOf(row.getString("state")),
                row.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC),
                row.getOffsetDateTime("updated_at").withOffsetSameInstant(ZoneOffset.UTC));
    }

    TaskRow withAssignee(String username, OffsetDateTime now) {
        return new TaskRow(
                id,
                workspaceId,
                campaignId,
                milestoneId,
                title,
                username,
                estimatedHours,
                startsOn,
                dueOn,
                state,
                createdAt,
                now);
    }
}
