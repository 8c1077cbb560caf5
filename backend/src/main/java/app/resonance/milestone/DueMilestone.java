package app.resonance.milestone;

import java.time.LocalDate;
import java.util.UUID;

/** An open milestone with a due date, and what placing it in time needs: its campaign's name and time zone. */
public record DueMilestone(
        UUID id,
        UUID workspaceId,
        UUID campaignId,
        String campaignName,
        String name,
        LocalDate dueOn,
        String responsible,
        String timeZone) {}
