package app.resonance.calendar;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Authenticated
public class CalendarGraphQL {

    private final CalendarService service;

    CalendarGraphQL(CalendarService service) {
        this.service = service;
    }

    @Query("campaignCalendar")
    @Description("A Gantt-like timeline: the campaigns that run between from and to (at most 731 days) and the"
            + " milestones due then.")
    public Uni<@NonNull CalendarView> campaignCalendar(
            @Id @NonNull String workspaceId, @NonNull LocalDate from, @NonNull LocalDate to) {
        return service.calendar(workspaceId, from, to);
    }

    @Query("calendarFeed")
    @Description("The caller's iCalendar feed of their milestones and tasks in the workspace (90 days back, a year"
            + " ahead).")
    public Uni<@NonNull CalendarFeedLink> calendarFeed(@Id @NonNull String workspaceId) {
        return service.feedLink(workspaceId);
    }

    @Mutation("resetCalendarFeed")
    @Description("A new feed link for the caller; the old one stops working.")
    public Uni<@NonNull CalendarFeedLink> resetCalendarFeed(@Id @NonNull String workspaceId) {
        return service.resetFeedLink(workspaceId);
    }
}
