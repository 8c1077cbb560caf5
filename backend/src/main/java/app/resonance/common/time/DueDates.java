package app.resonance.common.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Due dates of campaign work. A campaign's dates are calendar days where the campaign happens (its event's
 * time zone; UTC when it has none): a date counted from the event date is that many calendar days away,
 * whatever daylight saving time does in between, and "today" is today in that zone, so a deadline falls due
 * at the same moment for everyone, wherever they sit.
 */
public final class DueDates {

    /** Where a due date stands today. */
    public enum Due {
        OVERDUE,
        TODAY,
        SOON,
        LATER
    }

    private DueDates() {}

    /** The date {@code daysFromEvent} calendar days from the event's date (negative: before it). */
    public static LocalDate counted(LocalDate eventDate, int daysFromEvent) {
        return eventDate.plusDays(daysFromEvent);
    }

    /** Today in the campaign's time zone as stored (an IANA region or an offset); UTC when none or unreadable. */
    public static LocalDate today(Instant now, String timeZone) {
        return LocalDate.ofInstant(now, zone(timeZone));
    }

    /** Due today, within the next {@code soonDays} days, later, or overdue (before today). */
    public static Due classify(LocalDate dueOn, LocalDate today, int soonDays) {
        if (dueOn.isBefore(today)) {
            return Due.OVERDUE;
        }
        if (dueOn.isEqual(today)) {
            return Due.TODAY;
        }
        return dueOn.isAfter(today.plusDays(soonDays)) ? Due.LATER : Due.SOON;
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            // The campaign checks its zone when it is written; a zone a newer Java dropped must not hide the work.
            return ZoneOffset.UTC;
        }
    }
}
