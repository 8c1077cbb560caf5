package app.resonance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import app.resonance.support.RealStackTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

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
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e").directory(FRONTEND).inheritIO();
        npm.environment().put("BASE_URL", app.toString().replaceFirst("/$", ""));
        npm.environment().put("SCREENSHOT_DIR", Path.of("target", "screenshots").toAbsolutePath().toString());
        Process process = npm.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("browser tests did not finish in 10 minutes");
        }
        assertEquals(0, process.exitValue(), "browser tests failed; their report is in the output above");
    }
}
