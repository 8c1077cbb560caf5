package app.resonance.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When a publication may have appeared: not before 1900 (an earlier date is a typo, and such a row
 * once broke the lists, reports and exports of its whole workspace) and not more than a day ahead of
 * now (a day of slack for time zones and clocks).
 */
record PublicationTime(OffsetDateTime earliest, OffsetDateTime latest) {

    static final OffsetDateTime EARLIEST = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static PublicationTime asOf(Clock clock) {
        return new PublicationTime(EARLIEST, OffsetDateTime.now(clock).plusDays(1));
    }
}
