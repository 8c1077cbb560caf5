package app.resonance.common.time;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** Time zones as API arguments. */
public final class TimeZones {

    private static final Pattern IANA_REGION = Pattern.compile(
            "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");

    private TimeZones() {}

    /**
     * An IANA region (Area/Location, e.g. Europe/Warsaw) or a fixed offset (+05:00, UTC-3, GMT+14); null is UTC.
     * Abbreviations such as CET are refused: PostgreSQL reads them as fixed offsets (CET is +01:00 in
     * summer too) where Java reads them as regions, so the two would disagree half the year; so are
     * legacy ids (SystemV/AST4, US/Eastern) that one of the two may not know. An error on {@code argument}.
     */
    public static ZoneId parse(String argument, String timeZone) {
        try {
            ZoneId zone = ZoneId.of(timeZone == null ? "UTC" : timeZone);
            if (zone.normalized() instanceof ZoneOffset
                    || IANA_REGION.matcher(zone.getId()).matches()) {
                return zone;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new InvalidInput(
                argument,
                Reason.NOT_A_TIME_ZONE,
                timeZone,
                "is not a time zone region or offset (e.g. Europe/Warsaw or +02:00)");
    }
}
