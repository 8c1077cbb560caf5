package app.resonance.datafile;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.LocalStack;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.PackagedApp;
import app.resonance.support.PrivatePostgres;
import app.resonance.support.PublicationFiles;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * PostgreSQL restarted (fast shutdown, as a failover or a minor upgrade does) while the packaged app streams
 * an import into it: the import ends FAILED as interrupted with nothing stored, the same app process serves
 * again once the database is back, and the same file then imports in full. The database is a private cluster
 * of this test, so that restarting it disturbs no one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseRestartIT {

    /** Other ITs use 8091-8095 and 18095. */
    private static final int PORT = 8096;

    private static final int POSTGRES_PORT = 15499;
    private static final int ROWS = 25_000;
    private static final LocalStack STACK = new LocalStack();
    private static PrivatePostgres postgres;
    private static PackagedApp app;
    private static MediaWorkspace ws;
    private static Path file;
    private static long pidBeforeRestart;

    @BeforeAll
    static void startAppOnPrivateDatabase() throws Exception {
        STACK.start();
        postgres = PrivatePostgres.start(POSTGRES_PORT);
        app = PackagedApp.start(
                "app",
                PORT,
                Map.of(
                        "DB_URL",
                        postgres.url(),
                        // The worker's end is recorded once the database is back; the heartbeat check is only
                        // the fallback for an instance that died.
                        "RESONANCE_DATAFILE_IMPORTS_INTERRUPTED_AFTER",
                        "PT30S",
                        "RESONANCE_DATAFILE_IMPORTS_HOUSEKEEPING_EVERY",
                        "PT1S"));
        pidBeforeRestart = app.pid();
        RestAssured.port = PORT;
        ws = MediaWorkspace.create();
        file = PublicationImportTest.csv(ROWS, -1);
    }

    @AfterAll
    static void stopAll() throws Exception {
        RestAssured.reset();
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            STACK.stop();
        }
    }

    @Test
    @Order(1)
    void anImportWhoseDatabaseRestartsEndsFailedAsInterruptedWithNothingStored() throws Exception {
        String job = startImport();
        awaitCopyRunning();
        postgres.restart();

        // Polls fail while the database is away and the pools drop their dead connections: ignore them.
        Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> "FAILED"
                        .equals(as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                                .extract()
                                .path("data.importJob.state")));
        as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                .body("data.importJob.failure", equalTo("INTERRUPTED"))
                .body("data.importJob.message", containsString("the database connection was lost"));
        as("viewer", "publications", "workspaceId", ws.id(), "first", 1)
                .body("errors", nullValue())
                .body("data.publications.totalCount", equalTo(0));
    }

    @Test
    @Order(2)
    void theSameAppProcessServesReadsAndWritesAfterTheRestart() {
        assertTrue(app.isAlive(), "the app is still running");
        assertEquals(pidBeforeRestart, app.pid(), "the app was not restarted");
        as("viewer", "segments", "workspaceId", ws.id()).body("errors", nullValue());
        as(
                        "analyst",
                        "createSegment",
                        "workspaceId",
                        ws.id(),
                        "input",
                        Map.of("name", "Buyers", "immersion", "ENGAGED", "reactionWeight", 0.4))
                .body("errors", nullValue());
    }

    @Test
    @Order(3)
    void theSameFileThenImportsInFull() {
        String job = startImport();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "FINISHED"
                        .equals(as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                                .extract()
                                .path("data.importJob.step")));
        as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsWritten", equalTo(ROWS));
        as("viewer", "publications", "workspaceId", ws.id(), "first", 1)
                .body("data.publications.totalCount", equalTo(ROWS));
    }

    /** A new upload of the file each time: an upload is imported once (and deleted when its import ends). */
    private static String startImport() {
        String upload = PublicationFiles.upload("analyst", file);
        return as("analyst", "startPublicationImport", "workspaceId", ws.id(), "uploadId", upload)
                .body("errors", nullValue())
                .extract()
                .path("data.startPublicationImport.id");
    }

    private static void awaitCopyRunning() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:" + postgres.url(), "resonance", "resonance")) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        try (Statement select = db.createStatement();
                                ResultSet rs = select.executeQuery("select 1 from pg_stat_activity"
                                        + " where datname = current_database() and query ilike 'copy%'")) {
                            return rs.next();
                        }
                    });
        }
    }
}
