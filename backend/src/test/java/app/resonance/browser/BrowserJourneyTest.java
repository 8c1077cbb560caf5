package app.resonance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.Processes;
import app.resonance.support.RealStackTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the frontend's browser tests (frontend/e2e, Playwright driving Debian's Chromium) against
 * this test instance of the app, which serves the built SPA and talks to the real Keycloak and
 * PostgreSQL. Screenshots land in backend/target/screenshots.
 */
@QuarkusTest
@RealStackTest
class BrowserJourneyTest {

    private static final File FRONTEND = new File("../frontend");

    @TestHTTPResource("/")
    URI app;

    @Test
    void browserJourneysPassAgainstTheRealStack() throws Exception {
        assertTrue(new File("/usr/bin/chromium").canExecute(), "Chromium is missing: run ./test.sh, which installs it");
        int exit = Processes.run(
                command(System.getProperty("e2e.only", "")),
                FRONTEND,
                Map.of(
                        "BASE_URL", app.toString().replaceFirst("/$", ""),
                        "SCREENSHOT_DIR",
                                Path.of("target", "screenshots")
                                        .toAbsolutePath()
                                        .toString()),
                Duration.ofMinutes(10));
        assertEquals(0, exit, "browser tests failed; their report is in the output above");
    }

    /** All journeys, or with {@code -De2e.only=segments,brands} only those (frontend/e2e/&lt;name&gt;.e2e.ts). */
    private static List<String> command(String only) {
        List<String> command = new ArrayList<>(List.of("npm", "run", "e2e"));
        if (!only.isBlank()) {
            command.add("--");
            Arrays.stream(only.split(","))
                    .map(name -> "e2e/" + name.strip() + ".e2e.ts")
                    .forEach(command::add);
        }
        return command;
    }
}
