package app.resonance.milestone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Milestone")
@Description("A control point of a campaign.")
public record MilestoneView(
        @Id @NonNull UUID id,
        @Id @NonNull UUID campaignId,
        @NonNull String name,

        @NonNull @Description("A day in the campaign's time zone.")
        LocalDate dueOn,

        @Description("For a milestone of the campaign's template: days from the event date (negative: before);"
                + " its due date moves with the event. Null when set by hand.")
        Integer daysFromEvent,

        String responsible,

        @Description("When it was ticked off; null while open.")
        OffsetDateTime doneAt) {

    static MilestoneView of(MilestoneRow row) {
        return new MilestoneView(
                row.id(),
                row.campaignId(),
                row.name(),
                row.dueOn(),
                row.daysFromEvent(),
                row.responsible(),
                row.doneAt());
    }
}
