package app.resonance.datafile;

import static app.resonance.support.GraphQL.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.LocalStack;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.Processes;
import app.resonance.support.TestUsers;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged app behind a real HAProxy, round-robin without stickiness: every step of
 * an import and an export lands on the other instance than the step before, and an instance killed
 * mid-import leaves its job FAILED (interrupted) and nothing stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedFilesIT {

    /** AlertFanOutIT uses 8091-8092 and other ITs 8095 and up; the balancer stays out of their way. */
    private static final int[] PORTS = {8093, 8094};

    private static final int BALANCER = 18095;
    private static final String DB_URL =
            System.getenv().getOrDefault("DB_URL", "postgresql://127.0.0.1:15432/resonance_test");
    private static final LocalStack STACK = new LocalStack();
    private static final Process[] INSTANCES = new Process[PORTS.length];
    private static Process haproxy;

    @BeforeAll
    static void startTwoInstancesBehindHaproxy() throws Exception {
        STACK.start();
        String java = ProcessHandle.current().info().command().orElse("java");
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < PORTS.length; i++) {
            String name = String.valueOf((char) ('a' + i));
            // The instance's name on its JDBC connections tells the test which one runs an import.
            INSTANCES[i] = Processes.start(
                    List.of(
                            java,
                            "-Dquarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=resonance-" + name,
                            "-jar",
                            "target/quarkus-app/quarkus-run.jar"),
                    new File("."),
                    Map.of(
                            "DB_URL",
                            DB_URL,
                            "DB_USER",
                            "resonance",
                            "DB_PASSWORD",
                            "resonance",
                            "KEYCLOAK_URL",
                            TestUsers.KEYCLOAK,
                            "PORT",
                            Integer.toString(PORTS[i]),
                            "MANAGEMENT_PORT",
                            Integer.toString(PORTS[i] + 1000),
                            "RESONANCE_DEMO",
                            "false",
                            "RESONANCE_DATAFILE_IMPORTS_INTERRUPTED_AFTER",
                            "PT5S",
                            "RESONANCE_DATAFILE_IMPORTS_HOUSEKEEPING_EVERY",
                            "PT1S"),
                    "[instance " + name + "] ");
            servers.append("  server ")
                    .append(name)
                    .append(" 127.0.0.1:")
                    .append(PORTS[i])
                    .append('\n');
        }
        Path config = Files.createTempFile("haproxy", ".cfg");
        Files.writeString(config, """
                defaults
                  mode http
                  timeout connect 5s
                  timeout client 120s
                  timeout server 120s
                  option http-server-close
                frontend resonance
                  bind 127.0.0.1:%d
                  default_backend app
                backend app
                  balance roundrobin
                  http-response set-header X-Served-By %%s
                %s""".formatted(BALANCER, servers));
        haproxy = Processes.start(
                List.of("haproxy", "-db", "-f", config.toString()), new File("."), Map.of(), "[haproxy] ");
        HttpClient http = HttpClient.newHttpClient();
        // Health is on each instance's management port; the balancer is ready when it serves the app's config.
        for (String ready :
                List.of(health(PORTS[0]), health(PORTS[1]), "http://localhost:" + BALANCER + "/config.json")) {
            // Two app instances start at once beside the tests on a shared machine: give them time.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> http.send(
                                            HttpRequest.newBuilder(URI.create(ready))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200);
        }
        RestAssured.port = BALANCER;
    }

    private static String health(int port) {
        return "http://localhost:" + (port + 1000) + "/q/health/ready";
    }

    @AfterAll
    static void stopAll() {
        RestAssured.reset();
        for (Process instance : INSTANCES) {
            if (instance != null) {
                instance.destroy();
            }
        }
        if (haproxy != null) {
            haproxy.destroy();
        }
        STACK.stop();
    }

    @Test
    @Order(1)
    void uploadPreviewImportAndDownloadWorkWhenEveryStepLandsOnTheOtherInstance() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        List<String> servedBy = new ArrayList<>();

        ExtractableResponse<Response> uploaded = given().auth()
                .oauth2(TestUsers.token("analyst"))
                .multiPart("file", PublicationImportTest.csv(20, -1).toFile())
                .post("/api/uploads")
                .then()
                .statusCode(200)
                .extract();
        servedBy.add(uploaded.header("X-Served-By"));
        String upload = uploaded.path("uploadId");

        servedBy.add(as("analyst", "uploadPreview", "uploadId", upload)
                .body("errors", nullValue())
                .body("data.uploadPreview.rows.size()", equalTo(10))
                .extract()
                .header("X-Served-By"));

        ExtractableResponse<Response> started = as(
                        "analyst", "startPublicationImport", "workspaceId", ws.id(), "uploadId", upload)
                .body("errors", nullValue())
                .extract();
        servedBy.add(started.header("X-Served-By"));
        String job = started.path("data.startPublicationImport.id");
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "SUCCEEDED"
                        .equals(as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                                .extract()
                                .path("data.importJob.state")));
        // The polls above took turns on both instances, as many as the import needed: ask once more if the
        // next request would land on the instance that started the import.
        ExtractableResponse<Response> polled = as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                .body("data.importJob.rowsWritten", equalTo(20))
                .extract();
        if (polled.header("X-Served-By").equals(servedBy.get(servedBy.size() - 1))) {
            polled = as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                    .body("data.importJob.rowsWritten", equalTo(20))
                    .extract();
        }
        servedBy.add(polled.header("X-Served-By"));

        ExtractableResponse<Response> exported = as(
                        "viewer", "exportPublications", "workspaceId", ws.id(), "format", "CSV")
                .body("errors", nullValue())
                .extract();
        servedBy.add(exported.header("X-Served-By"));
        ExtractableResponse<Response> downloaded = given().get(exported.<String>path("data.exportPublications.url"))
                .then()
                .statusCode(200)
                .extract();
        servedBy.add(downloaded.header("X-Served-By"));
        assertEquals(21, downloaded.asString().lines().count(), "the header and 20 publications");

        for (int i = 1; i < servedBy.size(); i++) {
            assertNotEquals(servedBy.get(i - 1), servedBy.get(i), "steps " + i + " and " + (i + 1) + ": " + servedBy);
        }
    }

    @Test
    @Order(2)
    void anImportWhoseInstanceIsKilledEndsFailedAsInterruptedWithNothingStored() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        String upload = given().auth()
                .oauth2(TestUsers.token("analyst"))
                .multiPart("file", PublicationImportTest.csv(100_000, -1).toFile())
                .post("/api/uploads")
                .then()
                .statusCode(200)
                .extract()
                .path("uploadId");
        String job = as("analyst", "startPublicationImport", "workspaceId", ws.id(), "uploadId", upload)
                .body("errors", nullValue())
                .extract()
                .path("data.startPublicationImport.id");

        String runner;
        try (Connection db = DriverManager.getConnection("jdbc:" + DB_URL, "resonance", "resonance")) {
            String[] found = new String[1];
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        try (Statement select = db.createStatement();
                                ResultSet rs = select.executeQuery(
                                        "select application_name"
                                                + " from pg_stat_activity where datname = current_database() and query ilike 'copy%'")) {
                            found[0] = rs.next() ? rs.getString(1) : null;
                            return found[0] != null;
                        }
                    });
            runner = found[0];
        }
        int killed = runner.equals("resonance-a") ? 0 : 1;
        INSTANCES[killed].destroyForcibly().waitFor();

        RestAssured.port = PORTS[1 - killed];
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "FAILED"
                            .equals(as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                                    .extract()
                                    .path("data.importJob.state")));
            as("analyst", "importJob", "workspaceId", ws.id(), "id", job)
                    .body("data.importJob.failure", equalTo("INTERRUPTED"));
            as("viewer", "publications", "workspaceId", ws.id(), "first", 1)
                    .body("data.publications.totalCount", equalTo(0));
            assertTrue(runner.startsWith("resonance-"), runner);
        } finally {
            RestAssured.port = BALANCER;
        }
    }
}
