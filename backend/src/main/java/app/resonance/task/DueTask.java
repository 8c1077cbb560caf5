package app.resonance.task;

import java.time.LocalDate;
import java.util.UUID;

/** An open task with a due date, and what placing it in time needs: its campaign's name and time zone. */
public record DueTask(
        UUID id,
        UUID workspaceId,
        UUID campaignId,
        String campaignName,
        String title,
        LocalDate dueOn,
        String timeZone) {}
