package app.resonance.alert;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.resonance.support.GraphQL;
import app.resonance.support.GraphQLSocket;
import app.resonance.support.LocalStack;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.Processes;
import app.resonance.support.TestUsers;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged app on one database, as behind a load balancer: an alert raised by a
 * write through either instance reaches the subscribers of both, exactly once.
 */
class AlertFanOutIT {

    private static final int[] PORTS = {8091, 8092};
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC) + "T08:00:00Z";
    private static final LocalStack STACK = new LocalStack();
    private static final Process[] INSTANCES = new Process[PORTS.length];

    @BeforeAll
    static void startTwoInstances() throws Exception {
        STACK.start();
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int i = 0; i < PORTS.length; i++) {
            INSTANCES[i] = Processes.start(
                    List.of(java, "-jar", "target/quarkus-app/quarkus-run.jar"),
                    new File("."),
                    Map.of(
                            "DB_URL",
                            System.getenv().getOrDefault("DB_URL", "postgresql://127.0.0.1:15432/resonance_test"),
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
                            "false"),
                    "[instance " + (char) ('A' + i) + "] ");
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int port : PORTS) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> http.send(
                                            HttpRequest.newBuilder(URI.create(
                                                            "http://localhost:" + (port + 1000) + "/q/health/ready"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200);
        }
    }

    @AfterAll
    static void stopInstances() {
        for (Process instance : INSTANCES) {
            if (instance != null) {
                instance.destroy();
            }
        }
        STACK.stop();
    }

    @Test
    void anAlertRaisedThroughOneInstanceReachesSubscribersOfBoth() throws Exception {
        RestAssured.port = PORTS[0];
        MediaWorkspace ws = MediaWorkspace.create();
        as(
                        "analyst",
                        "setChannelWeights",
                        "workspaceId",
                        ws.id(),
                        "weights",
                        List.of(
                                Map.of(
                                        "segmentId",
                                        ws.segments().get("CIOs"),
                                        "channelId",
                                        ws.channels().get("CIO Daily"),
                                        "weight",
                                        0.8),
                                Map.of(
                                        "segmentId",
                                        ws.segments().get("Engineers"),
                                        "channelId",
                                        ws.channels().get("DevBlog"),
                                        "weight",
                                        1.0)))
                .body("errors", nullValue());

        try (GraphQLSocket onA = subscribe(PORTS[0], ws);
                GraphQLSocket onB = subscribe(PORTS[1], ws)) {
            // Written through A, seen on B (and A).
            ws.publish(ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
            String first = assertAlert(onB, "CIO Daily");
            assertEquals(first, assertAlert(onA, "CIO Daily"));

            // Written through B, seen on A (and B).
            RestAssured.port = PORTS[1];
            ws.publish(
                    ws.publication("Fabrikam story", "Fabrikam", "DevBlog", TODAY, 1.0, "Engineers", 1.0, "POSITIVE"));
            String second = assertAlert(onA, "DevBlog");
            assertEquals(second, assertAlert(onB, "DevBlog"));

            // Both instances evaluated the queue; each alert was stored and delivered once.
            assertNull(onA.next(Duration.ofSeconds(2)));
            assertNull(onB.next(Duration.ofMillis(100)));
            as("viewer", "alerts", "workspaceId", ws.id()).body("data.alerts.edges", hasSize(2));
        } finally {
            RestAssured.reset();
        }
    }

    private static GraphQLSocket subscribe(int port, MediaWorkspace ws) throws InterruptedException {
        GraphQLSocket socket =
                GraphQLSocket.connect(URI.create("ws://localhost:" + port + "/graphql"), TestUsers.token("analyst"));
        assertEquals("connection_ack", socket.next(WAIT).getString("type"));
        // since 0: whatever is stored before the subscription is live is replayed, so no alert slips by.
        socket.subscribe(
                "1",
                GraphQL.operation("liveAlerts"),
                new JsonObject().put("workspaceId", ws.id()).put("since", "0"));
        return socket;
    }

    /** Answers the id of the next alert, which must be for the channel. */
    private static String assertAlert(GraphQLSocket socket, String channel) throws InterruptedException {
        JsonObject message = socket.next(WAIT);
        assertNotNull(message, "no alert arrived");
        JsonObject alert =
                message.getJsonObject("payload").getJsonObject("data").getJsonObject("alerts");
        assertEquals(channel, alert.getJsonObject("channel").getString("name"));
        return alert.getString("id");
    }
}
