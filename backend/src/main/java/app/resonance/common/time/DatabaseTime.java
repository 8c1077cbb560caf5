package app.resonance.common.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times as PostgreSQL keeps them (microseconds), so a value the API answers equals the one stored and paged by. */
public final class DatabaseTime {

    private DatabaseTime() {}

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
