package app.resonance.calendar;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CalendarFeed")
@Description("The caller's iCalendar feed of their milestones and tasks in a workspace.")
public record CalendarFeedLink(
        @NonNull
        @Description("The feed's path on this server (/api/calendar/….ics): prefix the server's origin and subscribe"
                + " from Outlook, Google Calendar or any iCalendar client. No sign-in: keep it private; resetCalendarFeed"
                + " makes a new one and stops the old.")
        String url) {}
