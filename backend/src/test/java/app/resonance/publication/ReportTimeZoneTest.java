package app.resonance.publication;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Report buckets start at midnight of the asked zone, for offsets of both signs as for regions in
 * summer time. PostgreSQL reads an offset given as a zone name with POSIX's inverted sign and reads
 * CET as a fixed +01:00: both once moved the buckets silently.
 */
@QuarkusTest
@RealStackTest
class ReportTimeZoneTest {

    private static MediaWorkspace ws;

    /** Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app. */
    @BeforeEach
    void onePublicationLateInTheUtcDay() {
        if (ws == null) {
            ws = MediaWorkspace.create();
            ws.as(
                            "analyst",
                            "createPublication",
                            "input",
                            ws.publication("Late", "Northwind", "DevBlog", "2026-07-10T22:30:00Z", 0.5))
                    .body("errors", nullValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "+05:00, 2026-07-11T00:00:00+05:00",
        "-03:00, 2026-07-10T00:00:00-03:00",
        "+05:30, 2026-07-11T00:00:00+05:30",
        "UTC-3, 2026-07-10T00:00:00-03:00",
        "GMT+14, 2026-07-11T00:00:00+14:00",
        "Europe/Paris, 2026-07-11T00:00:00+02:00",
        "America/Sao_Paulo, 2026-07-10T00:00:00-03:00",
        "UTC, 2026-07-10T00:00:00Z"
    })
    void aDayStartsAtMidnightOfTheZone(String zone, String dayStart) {
        ws.as("viewer", "publicationStats", "bucket", "DAY", "groupBy", "BRAND", "timeZone", zone)
                .body("errors", nullValue())
                .body("data.publicationStats.bucket", contains(dayStart));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CET", "EST", "MST", "+25:00", "Mars/Base"})
    void abbreviationsAndImpossibleZonesAreRefusedOnTheField(String zone) {
        ws.as("viewer", "publicationStats", "bucket", "DAY", "groupBy", "BRAND", "timeZone", zone)
                .body("errors[0].extensions.field", equalTo("timeZone"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_TIME_ZONE"));
    }
}
