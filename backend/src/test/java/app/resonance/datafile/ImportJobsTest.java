package app.resonance.datafile;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.resonance.support.MediaWorkspace;
import app.resonance.support.PublicationFiles;
import app.resonance.support.RealStackTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The line of imports, shared by every instance through the database: imports wait while their workspace
 * has one running, another workspace's import does not wait behind them, and an import whose instance
 * died ends FAILED.
 */
@QuarkusTest
@RealStackTest
class ImportJobsTest {

    private static final String SEGMENTS = "name,immersion,reaction_weight\nFirst,EXPERT,0.5\nSecond,GENERAL,0.2\n";
    private static final String BRANDS = "name,kind\nAdatum,COMPETITOR\n";

    @Inject
    DataSource db;

    /**
     * A transaction that holds every segment import just after it started: building one reads the workspace's
     * segments, which this lock blocks until it commits.
     */
    private Connection holdSegmentImports() throws SQLException {
        Connection connection = db.getConnection();
        connection.setAutoCommit(false);
        try (Statement lock = connection.createStatement()) {
            lock.execute("lock table segment in access exclusive mode");
        }
        return connection;
    }

    @Test
    void anImportWaitsInLineWhileItsWorkspaceHasOneRunning() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        String first;
        String second;
        try (Connection hold = holdSegmentImports()) {
            first = start(ws, SEGMENTS, "SEGMENTS");
            second = start(ws, SEGMENTS, "SEGMENTS");

            awaitStep(ws, first, "CHECKING_ROWS");
            ws.as("analyst", "importJob", "id", second)
                    .body("data.importJob.state", equalTo("QUEUED"))
                    .body("data.importJob.step", equalTo("WAITING_FOR_OTHER_IMPORTS"))
                    .body("data.importJob.rowsChecked", equalTo(0));
            hold.commit();
        }
        awaitStep(ws, first, "FINISHED").body("data.importJob.state", equalTo("SUCCEEDED"));
        awaitStep(ws, second, "FINISHED")
                .body("data.importJob.state", equalTo("SUCCEEDED"))
                .body("data.importJob.rowsChecked", equalTo(2));
    }

    @Test
    void anotherWorkspacesImportDoesNotWaitBehindAWorkspacesLongOnes() throws Exception {
        MediaWorkspace busy = MediaWorkspace.create();
        MediaWorkspace other = MediaWorkspace.create();
        try (Connection hold = holdSegmentImports()) {
            String longOne = start(busy, SEGMENTS, "SEGMENTS");
            awaitStep(busy, longOne, "CHECKING_ROWS");
            String waiting = start(busy, BRANDS, "BRANDS");

            String small = start(other, BRANDS, "BRANDS");
            awaitStep(other, small, "FINISHED").body("data.importJob.state", equalTo("SUCCEEDED"));
            busy.as("analyst", "importJob", "id", longOne).body("data.importJob.state", equalTo("CHECKING"));
            busy.as("analyst", "importJob", "id", waiting).body("data.importJob.state", equalTo("QUEUED"));
            hold.commit();
            awaitStep(busy, waiting, "FINISHED").body("data.importJob.state", equalTo("SUCCEEDED"));
        }
    }

    @Test
    void aWorkspacesLineHoldsAFewImports() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        try (Connection hold = holdSegmentImports()) {
            awaitStep(ws, start(ws, SEGMENTS, "SEGMENTS"), "CHECKING_ROWS");
            for (int i = 0; i < 5; i++) {
                start(ws, BRANDS, "BRANDS");
            }
            ws.as("analyst", "startImport", "uploadId", PublicationFiles.uploadCsv(BRANDS), "kind", "BRANDS")
                    .body("errors[0].extensions.reason", equalTo("TOO_MANY_QUEUED_IMPORTS"))
                    .body("errors[0].extensions.field", equalTo("workspaceId"))
                    .body("errors[0].extensions.value", equalTo("5"));
            hold.commit();
        }
    }

    @Test
    void anImportWhoseInstanceStoppedEndsFailedAsInterrupted() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        UUID job = UUID.randomUUID();
        try (Connection connection = db.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into import_job (id, workspace_id, owner,"
                                + " file_name, request, state, step, started_at, runner, heartbeat_at)"
                                + " values (?, ?, 'analyst', 'rows.csv', '{}', 'WRITING', 'STORING_ROWS', ?, 'a-dead-instance', ?)")) {
            OffsetDateTime minuteAgo = OffsetDateTime.now().minusMinutes(1);
            insert.setObject(1, job);
            insert.setObject(2, UUID.fromString(ws.id()));
            insert.setObject(3, minuteAgo);
            insert.setObject(4, minuteAgo);
            insert.executeUpdate();
        }
        awaitStep(ws, job.toString(), "FINISHED")
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.failure", equalTo("INTERRUPTED"));
    }

    @Test
    void anImportWhoseDatabaseConnectionBreaksEndsFailedAsInterruptedWithNothingStored() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        String upload = PublicationFiles.upload("analyst", PublicationImportTest.csv(100_000, -1));
        String job = ws.as("analyst", "startPublicationImport", "uploadId", upload)
                .body("errors", nullValue())
                .extract()
                .path("data.startPublicationImport.id");
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Integer checked =
                            ws.as("analyst", "importJob", "id", job).extract().path("data.importJob.rowsChecked");
                    return checked != null && checked > 0;
                });
        // As when PostgreSQL restarts: the import's own connection (streaming its rows with COPY) is cut.
        try (Connection connection = db.getConnection();
                Statement terminate = connection.createStatement()) {
            terminate.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and query ilike 'copy%'");
        }
        awaitStep(ws, job, "FINISHED")
                .body("data.importJob.state", equalTo("FAILED"))
                .body("data.importJob.failure", equalTo("INTERRUPTED"));
        ws.as("viewer", "publications", "first", 1).body("data.publications.totalCount", equalTo(0));
    }

    @Test
    void anUploadIsImportedOnce() {
        MediaWorkspace ws = MediaWorkspace.create();
        String upload = PublicationFiles.uploadCsv(BRANDS);
        String job = ws.as("analyst", "startImport", "uploadId", upload, "kind", "BRANDS")
                .body("errors", nullValue())
                .extract()
                .path("data.startImport.id");
        ws.as("analyst", "startImport", "uploadId", upload, "kind", "BRANDS")
                .body("errors[0].extensions.reason", equalTo("UPLOAD_NOT_FOUND"));
        awaitStep(ws, job, "FINISHED").body("data.importJob.state", equalTo("SUCCEEDED"));
    }

    @Test
    void anImportIsForgottenADayAfterItEnded() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        String job = start(ws, BRANDS, "BRANDS");
        awaitStep(ws, job, "FINISHED");
        try (Connection connection = db.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update import_job set finished_at = now() - interval '25 hours' where id = ?")) {
            age.setObject(1, UUID.fromString(job));
            age.executeUpdate();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "IMPORT_NOT_FOUND"
                        .equals(ws.as("analyst", "importJob", "id", job)
                                .extract()
                                .path("errors[0].extensions.reason")));
    }

    private static String start(MediaWorkspace ws, String csv, String kind) {
        return ws.as("analyst", "startImport", "uploadId", PublicationFiles.uploadCsv(csv), "kind", kind)
                .body("errors", nullValue())
                .extract()
                .path("data.startImport.id");
    }

    /** Waits until the job reaches the step; answers the job then. */
    private static ValidatableResponse awaitStep(MediaWorkspace ws, String job, String step) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> step.equals(
                        ws.as("analyst", "importJob", "id", job).extract().path("data.importJob.step")));
        return ws.as("analyst", "importJob", "id", job);
    }
}
