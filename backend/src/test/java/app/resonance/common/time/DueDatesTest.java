package app.resonance.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.common.time.DueDates.Due;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Due dates against hand-computed calendars: zones around midnight and daylight saving time. */
class DueDatesTest {

    @Test
    void daysFromTheEventAreCalendarDaysAcrossDaylightSavingTime() {
        // Europe/Berlin moves to summer time on 2026-03-29 and back on 2026-10-25: still 7 and 3 calendar days.
        assertEquals(LocalDate.of(2026, 3, 22), DueDates.counted(LocalDate.of(2026, 3, 29), -7));
        assertEquals(LocalDate.of(2026, 10, 28), DueDates.counted(LocalDate.of(2026, 10, 25), 3));
        assertEquals(LocalDate.of(2026, 2, 28), DueDates.counted(LocalDate.of(2026, 3, 1), -1));
        assertEquals(LocalDate.of(2025, 12, 31), DueDates.counted(LocalDate.of(2026, 1, 1), -1));
    }

    @Test
    void todayIsTodayWhereTheCampaignHappens() {
        Instant lateEvening = Instant.parse("2026-03-28T23:30:00Z");
        // 00:30 of the day Berlin's clocks jump (CET, UTC+1, until 02:00).
        assertEquals(LocalDate.of(2026, 3, 29), DueDates.today(lateEvening, "Europe/Berlin"));
        assertEquals(LocalDate.of(2026, 3, 28), DueDates.today(lateEvening, null));
        assertEquals(LocalDate.of(2026, 3, 28), DueDates.today(lateEvening, "America/New_York"));
        // Kiritimati is UTC+14, Pago Pago UTC-11.
        assertEquals(
                LocalDate.of(2026, 3, 30), DueDates.today(Instant.parse("2026-03-29T10:00:00Z"), "Pacific/Kiritimati"));
        assertEquals(
                LocalDate.of(2026, 3, 28), DueDates.today(Instant.parse("2026-03-29T10:00:00Z"), "Pacific/Pago_Pago"));
        assertEquals(LocalDate.of(2026, 3, 29), DueDates.today(Instant.parse("2026-03-28T19:00:00Z"), "+05:00"));
    }

    @Test
    void anEventJustAfterMidnightInSummerTimeKeepsItsLocalDay() {
        // 2026-10-25 00:30 in Berlin is still summer time (UTC+2): 2026-10-24T22:30Z, the day before in UTC.
        Instant eventStart = Instant.parse("2026-10-24T22:30:00Z");
        assertEquals(LocalDate.of(2026, 10, 25), DueDates.today(eventStart, "Europe/Berlin"));
        assertEquals(
                Due.TODAY,
                DueDates.classify(LocalDate.of(2026, 10, 25), DueDates.today(eventStart, "Europe/Berlin"), 7));
        assertEquals(Due.SOON, DueDates.classify(LocalDate.of(2026, 10, 25), DueDates.today(eventStart, "UTC"), 7));
    }

    @Test
    void overdueTodaySoonAndLater() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals(Due.OVERDUE, DueDates.classify(LocalDate.of(2026, 12, 6), today, 7));
        assertEquals(Due.TODAY, DueDates.classify(today, today, 7));
        assertEquals(Due.SOON, DueDates.classify(LocalDate.of(2026, 12, 8), today, 7));
        assertEquals(Due.SOON, DueDates.classify(LocalDate.of(2026, 12, 14), today, 7));
        assertEquals(Due.LATER, DueDates.classify(LocalDate.of(2026, 12, 15), today, 7));
    }

    @Test
    void anUnreadableStoredZoneCountsAsUtc() {
        assertEquals(LocalDate.of(2026, 3, 28), DueDates.today(Instant.parse("2026-03-28T23:30:00Z"), "Mars/Olympus"));
    }
}
