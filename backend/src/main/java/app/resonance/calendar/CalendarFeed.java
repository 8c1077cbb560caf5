package app.resonance.calendar;

import app.resonance.calendar.CalendarRepository.FeedItem;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A member's milestones and tasks as an iCalendar document (RFC 5545), written with ical4j: each an all-day event
 * (a task from its start to its due date), so that Outlook and Google Calendar show them, marked free time.
 */
final class CalendarFeed {

    private CalendarFeed() {}

    static String render(String title, List<FeedItem> items, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Resonance//Campaign work//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", title));
        for (FeedItem item : items) {
            // DTEND of an all-day event is exclusive: the day after the last.
            VEvent event = new VEvent(
                    item.startsOn() == null ? item.dueOn() : item.startsOn(),
                    item.dueOn().plusDays(1),
                    (item.done() ? "✓ " : "") + item.name() + " (" + item.campaign() + ")");
            event.add(new Uid(item.kind().toLowerCase(Locale.ROOT) + "-" + item.id() + "@resonance"));
            event.add(new DtStamp(now));
            event.add(new Description(("MILESTONE".equals(item.kind()) ? "Milestone" : "Task") + " of the campaign "
                    + item.campaign() + (item.done() ? ", done." : ", due " + item.dueOn() + ".")));
            event.add(ImmutableTransp.TRANSPARENT);
            calendar.add(event);
        }
        return calendar.toString();
    }
}
