package app.resonance.calendar;

import app.resonance.campaign.CampaignStatus;
import app.resonance.campaign.CampaignType;
import app.resonance.milestone.MilestoneView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CampaignCalendar")
@Description("The campaigns that run in a period (by start) and the milestones due in it (by due date).")
public record CalendarView(
        @NonNull List<@NonNull CalendarCampaign> campaigns,
        @NonNull List<@NonNull MilestoneView> milestones) {

    @Name("CalendarCampaign")
    @Description("A campaign as a bar from its start (or event date) to its end (or event date).")
    public record CalendarCampaign(
            @Id @NonNull UUID id,
            @NonNull String name,

            @NonNull CampaignType type,
            @NonNull CampaignStatus status,

            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate eventDate,
            @Id UUID parentId,
            @NonNull String businessLine) {}
}
