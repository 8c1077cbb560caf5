package app.resonance.alert;

import static app.resonance.support.GraphQL.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.common.livefeed.Audience;
import app.resonance.common.livefeed.FeedChannel;
import app.resonance.common.livefeed.FeedDatabase;
import app.resonance.common.livefeed.LiveItem;
import app.resonance.support.GraphQL;
import app.resonance.support.GraphQLSocket;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.PublicationFiles;
import app.resonance.support.RealStackTest;
import app.resonance.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Alerts over the default 30-day window, on the media field of {@link MediaWorkspace} with the
 * weights CIOs × CIO Daily 0.8, CIOs × LinkedIn 0.5, Engineers × DevBlog 1.0 (r: CIOs 0.9, Engineers 0.5).
 */
@QuarkusTest
@RealStackTest
class AlertTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    static final String TODAY = LocalDate.now(ZoneOffset.UTC) + "T08:00:00Z";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    MeterRegistry registry;

    @Inject
    FeedDatabase database;

    @Inject
    AlertLiveFeed feed;

    @Test
    void oneAlertPerChangedCellLiveAndReplayedAndNoneForOtherTenants() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.setWeights(List.of(
                ws.weight("CIOs", "CIO Daily", 0.8),
                ws.weight("CIOs", "LinkedIn", 0.5),
                ws.weight("Engineers", "DevBlog", 1.0)));

        try (GraphQLSocket analyst = socket("analyst");
                GraphQLSocket outsider = socket("outsider")) {
            // since 0: what was stored before the subscription went live is replayed, the rest arrives live,
            // so the test needs no guess about when the subscription is live.
            analyst.subscribe(
                    "1",
                    GraphQL.operation("liveAlerts"),
                    new JsonObject().put("workspaceId", ws.id()).put("since", "0"));
            outsider.subscribe("1", GraphQL.operation("liveAlerts"));

            // Contoso in CIO Daily for CIOs: C = 0.8 × 1.0, g = 0.9 × 0.8 = 0.72 → SECONDARY.
            String contoso = ws.publish(
                    ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
            JsonObject first = nextAlert(analyst);
            assertAlert(first, "CIOs", "CIO Daily", "NONE", "SECONDARY", 0.72, contoso);

            // The client's neutral note on LinkedIn: g = 0.9 × (0 − 0.5 × 0.1) < 0, still NONE: no alert…
            ws.publish(ws.publication("Quiet note", "Northwind", "LinkedIn", TODAY, 0.2, "CIOs", 0.2, "NEUTRAL"));
            // …so the next alert is Fabrikam's on DevBlog: g = 0.5 × 1.0 → SECONDARY.
            String fabrikam = ws.publish(
                    ws.publication("Fabrikam story", "Fabrikam", "DevBlog", TODAY, 1.0, "Engineers", 1.0, "POSITIVE"));
            assertAlert(nextAlert(analyst), "Engineers", "DevBlog", "NONE", "SECONDARY", 0.5, fabrikam);

            // Thresholds 0.7 / 0.6: CIOs × CIO Daily (0.72) becomes IMMEDIATE, Engineers × DevBlog (0.5) stays.
            ws.setThresholds(0.7, 0.6);
            assertAlert(nextAlert(analyst), "CIOs", "CIO Daily", "SECONDARY", "IMMEDIATE", 0.72, null);

            // A weight change: Engineers × DevBlog weighs 0 now, so nobody's presence counts there: g = 0.
            ws.setWeights(List.of(ws.weight("Engineers", "DevBlog", 0)));
            assertAlert(nextAlert(analyst), "Engineers", "DevBlog", "SECONDARY", "NONE", 0, null);

            // An import of three Contoso LinkedIn stories changes one cell: one alert, not three.
            // C = 0.5 × 3, P_client = 0.05, g = 0.9 × 1.45 = 1.305 → IMMEDIATE.
            importContosoLinkedInStories(ws, 3);
            assertAlert(nextAlert(analyst), "CIOs", "LinkedIn", "NONE", "IMMEDIATE", 1.305, null);

            // Deleting the Contoso story calms CIOs × CIO Daily; the alert cannot point at a deleted publication.
            as("analyst", "deletePublication", "workspaceId", ws.id(), "id", contoso)
                    .body("errors", nullValue());
            assertAlert(nextAlert(analyst), "CIOs", "CIO Daily", "IMMEDIATE", "NONE", 0, null);

            assertNull(analyst.next(Duration.ofSeconds(2)), "an alert nobody expected");
            List<Map<String, Object>> stored = as("viewer", "alerts", "workspaceId", ws.id())
                    .body("data.alerts.edges", hasSize(6))
                    .extract()
                    .path("data.alerts.edges.node");
            assertEquals(first.getString("id"), stored.get(5).get("id"), "newest first");

            // A reconnecting client passes the last id it saw and gets what came after, once.
            try (GraphQLSocket again = socket("analyst")) {
                again.subscribe(
                        "1", GraphQL.operation("liveAlerts"), new JsonObject().put("since", first.getString("id")));
                List<String> replayed = new ArrayList<>();
                for (JsonObject alert = nextAlert(again, Duration.ofSeconds(3));
                        alert != null;
                        alert = nextAlert(again, Duration.ofSeconds(1))) {
                    if (alert.getString("workspaceId").equals(ws.id())) {
                        replayed.add(alert.getString("id"));
                    }
                }
                assertEquals(
                        List.of(
                                stored.get(4).get("id"),
                                stored.get(3).get("id"),
                                stored.get(2).get("id"),
                                stored.get(1).get("id"),
                                stored.get(0).get("id")),
                        replayed);
            }

            // The outsider, subscribed to all of its own workspaces, saw none of this.
            assertNull(outsider.next(Duration.ofMillis(200)), "another tenant received an alert");
        }
    }

    @Test
    void subscribersWithTheSameSelectionShareOneRenderingOfEachAlert() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.setWeights(List.of(ws.weight("CIOs", "CIO Daily", 0.8), ws.weight("Engineers", "DevBlog", 1.0)));
        JsonObject thisWorkspace = new JsonObject().put("workspaceId", ws.id()).put("since", "0");
        // Another selection: an alias, a fragment, a directive with a variable.
        String compact = "subscription Compact($w: ID, $since: ID, $withChannel: Boolean!) {"
                + " raised: alerts(workspaceId: $w, since: $since) { ...Cell channel @include(if: $withChannel) { name } } }"
                + " fragment Cell on Alert { id newUrgency segment { name } }";

        try (GraphQLSocket analyst = socket("analyst");
                GraphQLSocket viewer = socket("viewer");
                GraphQLSocket compactOne = socket("analyst");
                GraphQLSocket outsider = socket("outsider")) {
            analyst.subscribe("1", GraphQL.operation("liveAlerts"), thisWorkspace);
            viewer.subscribe("1", GraphQL.operation("liveAlerts"), thisWorkspace);
            compactOne.subscribe(
                    "7",
                    compact,
                    new JsonObject().put("w", ws.id()).put("since", "0").put("withChannel", false));
            double renders = registry.counter("resonance.alerts.renders").count();
            double deliveries = registry.counter("resonance.alerts.deliveries").count();

            String contoso = ws.publish(
                    ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
            assertAlert(nextAlert(analyst), "CIOs", "CIO Daily", "NONE", "SECONDARY", 0.72, contoso);
            assertAlert(nextAlert(viewer), "CIOs", "CIO Daily", "NONE", "SECONDARY", 0.72, contoso);
            JsonObject compactAlert = compactOne
                    .next(WAIT)
                    .getJsonObject("payload")
                    .getJsonObject("data")
                    .getJsonObject("raised");
            assertEquals(
                    new JsonObject()
                            .put("id", compactAlert.getString("id"))
                            .put("newUrgency", "SECONDARY")
                            .put("segment", new JsonObject().put("name", "CIOs")),
                    compactAlert);
            // Analyst and viewer share one rendering; the compact selection has its own.
            assertEquals(2, registry.counter("resonance.alerts.renders").count() - renders);
            assertEquals(3, registry.counter("resonance.alerts.deliveries").count() - deliveries);

            // After complete, nothing more for that subscription.
            compactOne.complete("7");
            compactOne.ping();
            assertEquals("pong", compactOne.next(WAIT).getString("type"));
            String fabrikam = ws.publish(
                    ws.publication("Fabrikam story", "Fabrikam", "DevBlog", TODAY, 1.0, "Engineers", 1.0, "POSITIVE"));
            assertAlert(nextAlert(analyst), "Engineers", "DevBlog", "NONE", "SECONDARY", 0.5, fabrikam);
            assertAlert(nextAlert(viewer), "Engineers", "DevBlog", "NONE", "SECONDARY", 0.5, fabrikam);
            assertNull(compactOne.next(Duration.ofMillis(500)), "an alert after complete");

            // Someone removed from the workspace gets none of its alerts from then on, though still subscribed.
            as("admin", "removeMember", "workspaceId", ws.id(), "username", "viewer")
                    .body("errors", nullValue());
            as("analyst", "deletePublication", "workspaceId", ws.id(), "id", contoso)
                    .body("errors", nullValue());
            assertAlert(nextAlert(analyst), "CIOs", "CIO Daily", "SECONDARY", "NONE", 0, null);
            assertNull(viewer.next(Duration.ofMillis(500)), "an alert for a former member");

            // A selection the schema does not have, and a workspace of another tenant: errors, as GraphQL answers.
            compactOne.subscribe("8", "subscription { alerts { id nonsense } }");
            JsonObject invalid = compactOne.next(WAIT);
            assertEquals("error", invalid.getString("type"), invalid.encode());
            assertTrue(invalid.getJsonArray("payload")
                    .getJsonObject(0)
                    .getString("message")
                    .contains("nonsense"));
            outsider.subscribe("1", GraphQL.operation("liveAlerts"), thisWorkspace);
            JsonObject forbidden = outsider.next(WAIT);
            assertEquals("error", forbidden.getString("type"), forbidden.encode());
            assertEquals(
                    "FORBIDDEN",
                    forbidden
                            .getJsonArray("payload")
                            .getJsonObject(0)
                            .getJsonObject("extensions")
                            .getString("code"));
        }
    }

    @Test
    void alertsAreAcknowledgedAssignedResolvedAndFilteredByMembersOnly() {
        MediaWorkspace ws = MediaWorkspace.create();
        String id = storedAlertOfContosoStory(ws);

        as("viewer", "acknowledgeAlert", "workspaceId", ws.id(), "id", id)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("outsider", "alerts", "workspaceId", ws.id()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("outsider", "alert", "workspaceId", ws.id(), "id", id)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        as("analyst", "acknowledgeAlert", "workspaceId", ws.id(), "id", id)
                .body("data.acknowledgeAlert.state", equalTo("ACKNOWLEDGED"))
                .body("data.acknowledgeAlert.acknowledgedBy", equalTo("analyst"));
        as("analyst", "acknowledgeAlert", "workspaceId", ws.id(), "id", id)
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].extensions.reason", equalTo("ALERT_ALREADY_IN_STATE"))
                .body("errors[0].extensions.value", equalTo("ACKNOWLEDGED"));
        as("analyst", "assignAlert", "workspaceId", ws.id(), "id", id, "username", "outsider")
                .body("errors[0].extensions.field", equalTo("username"))
                .body("errors[0].extensions.reason", equalTo("NOT_A_MEMBER"))
                .body("errors[0].extensions.value", equalTo("outsider"));
        as("analyst", "assignAlert", "workspaceId", ws.id(), "id", id, "username", "viewer")
                .body("data.assignAlert.assignee", equalTo("viewer"));
        as("analyst", "resolveAlert", "workspaceId", ws.id(), "id", id, "comment", " ")
                .body("errors[0].extensions.violations[0].propertyPath", org.hamcrest.Matchers.hasItem("comment"));
        as("analyst", "resolveAlert", "workspaceId", ws.id(), "id", id, "comment", "Briefed the CIO Daily editor")
                .body("data.resolveAlert.state", equalTo("RESOLVED"))
                .body("data.resolveAlert.resolution", equalTo("Briefed the CIO Daily editor"));

        as("viewer", "alerts", "workspaceId", ws.id(), "filter", Map.of("states", List.of("OPEN")))
                .body("data.alerts.edges", hasSize(0));
        as(
                        "viewer",
                        "alerts",
                        "workspaceId",
                        ws.id(),
                        "filter",
                        Map.of("states", List.of("RESOLVED"), "urgencies", List.of("SECONDARY"), "assignee", "viewer"))
                .body("data.alerts.edges", hasSize(1));
        as("viewer", "alerts", "workspaceId", ws.id(), "after", "not a cursor")
                .body("errors[0].extensions.field", equalTo("after"));
        // The other tenant's alert id answers as unknown in a workspace of the caller.
        MediaWorkspace other = MediaWorkspace.create();
        as("analyst", "acknowledgeAlert", "workspaceId", other.id(), "id", id)
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void aGapBelowTheSmallestWorthAnAlertRaisesNone() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.setWeights(List.of(ws.weight("CIOs", "CIO Daily", 0.8), ws.weight("Engineers", "DevBlog", 1.0)));
        // A faint Contoso story: g = 0.9 × 0.8 × 0.2 = 0.144, below the default 0.25: NONE, no alert.
        ws.publish(ws.publication("Faint story", "Contoso", "CIO Daily", TODAY, 0.2, "CIOs", 0.2, "POSITIVE"));
        // Fabrikam on DevBlog: g = 0.5, an alert; once it is stored, the faint story's evaluation is over too.
        ws.publish(ws.publication("Fabrikam story", "Fabrikam", "DevBlog", TODAY, 1.0, "Engineers", 1.0, "POSITIVE"));
        List<Map<String, Object>> alerts = awaitAlerts(ws, 1);
        assertEquals(
                List.of("DevBlog"), alerts.stream().map(AlertTest::channelOf).toList());

        // With the smallest gap at 0, every positive gap counts again: the faint story's cell is SECONDARY.
        ws.as(
                        "analyst",
                        "updateBalanceSettings",
                        "input",
                        Map.of("immediateGap", 2.0, "moderateGap", 1.0, "secondaryGap", 0.0, "alertWindowDays", 30))
                .body("data.updateBalanceSettings.secondaryGap", equalTo(0.0f));
        assertEquals("CIO Daily", channelOf(awaitAlerts(ws, 2).get(0)));
    }

    @Test
    void aCellThatRecoversOnItsOwnClosesItsAlertsUnlessTheWorkspaceSaysOtherwise() {
        MediaWorkspace ws = MediaWorkspace.create();
        String raised = storedAlertOfContosoStory(ws);
        String contoso = ws.as("viewer", "alerts").extract().path("data.alerts.edges[0].node.publicationId");
        as("analyst", "deletePublication", "workspaceId", ws.id(), "id", contoso)
                .body("errors", nullValue());

        // The cell is back to NONE: its recovery alert is stored closed, and the open alert is closed with it.
        List<Map<String, Object>> alerts = awaitAlerts(ws, 2);
        assertEquals("NONE", alerts.get(0).get("newUrgency"));
        for (Map<String, Object> alert : alerts) {
            assertEquals("RESOLVED", alert.get("state"), alert.toString());
            assertEquals(true, alert.get("autoResolved"), alert.toString());
            assertNull(alert.get("resolvedBy"), alert.toString());
        }
        assertEquals(raised, alerts.get(1).get("id"));

        // Turned off: a recovery leaves the alerts for a person to close.
        ws.as(
                        "analyst",
                        "updateBalanceSettings",
                        "input",
                        Map.of(
                                "immediateGap",
                                2.0,
                                "moderateGap",
                                1.0,
                                "alertWindowDays",
                                30,
                                "autoResolveRecovered",
                                false))
                .body("data.updateBalanceSettings.autoResolveRecovered", equalTo(false));
        String again = ws.publish(
                ws.publication("Contoso again", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
        awaitAlerts(ws, 3);
        as("analyst", "deletePublication", "workspaceId", ws.id(), "id", again).body("errors", nullValue());
        List<Map<String, Object>> open = awaitAlerts(ws, 4).subList(0, 2);
        assertEquals(
                List.of("OPEN", "OPEN"), open.stream().map(a -> a.get("state")).toList());
        assertEquals(
                List.of(false, false),
                open.stream().map(a -> a.get("autoResolved")).toList());
    }

    @Test
    void mostUrgentFirstThenNewestPageByPage() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.setWeights(List.of(
                ws.weight("CIOs", "CIO Daily", 0.8),
                ws.weight("CIOs", "LinkedIn", 0.5),
                ws.weight("Engineers", "DevBlog", 1.0)));
        // SECONDARY (0.72), then IMMEDIATE (C = 0.5 × 5, g = 2.25), then SECONDARY (0.5): one at a time.
        ws.publish(ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
        awaitAlerts(ws, 1);
        importContosoLinkedInStories(ws, 5);
        awaitAlerts(ws, 2);
        ws.publish(ws.publication("Fabrikam story", "Fabrikam", "DevBlog", TODAY, 1.0, "Engineers", 1.0, "POSITIVE"));
        awaitAlerts(ws, 3);

        List<String> channels = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = ws.as(
                            "viewer", "alerts", "order", "MOST_URGENT_FIRST", "first", 1, "after", after)
                    .body("errors", nullValue())
                    .extract()
                    .path("data.alerts");
            List<Map<String, Object>> edges = json(page.get("edges"));
            edges.forEach(edge -> channels.add(channelOf(json(edge.get("node")))));
            Map<String, Object> pageInfo = json(page.get("pageInfo"));
            after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
        } while (after != null);
        assertEquals(List.of("LinkedIn", "DevBlog", "CIO Daily"), channels);
        ws.as("viewer", "alerts", "order", "MOST_URGENT_FIRST", "after", "12")
                .body("errors[0].extensions.reason", equalTo("INVALID_CURSOR"));
    }

    @Test
    void manyAlertsAreAcknowledgedAndResolvedAtOnceOrNoneWhenOneIsUnknown() {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.setWeights(List.of(ws.weight("CIOs", "CIO Daily", 0.8), ws.weight("Engineers", "DevBlog", 1.0)));
        ws.publish(ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
        awaitAlerts(ws, 1);
        ws.publish(ws.publication("Fabrikam story", "Fabrikam", "DevBlog", TODAY, 1.0, "Engineers", 1.0, "POSITIVE"));
        List<String> ids =
                awaitAlerts(ws, 2).stream().map(a -> (String) a.get("id")).toList();

        ws.as("viewer", "acknowledgeAlerts", "ids", ids).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        ws.as("analyst", "acknowledgeAlerts", "ids", List.of(ids.get(0), "999999999"))
                .body("errors[0].extensions.field", equalTo("ids"))
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.value", equalTo("999999999"));
        ws.as("viewer", "alerts", "filter", Map.of("states", List.of("OPEN"))).body("data.alerts.edges", hasSize(2));

        ws.as("analyst", "acknowledgeAlerts", "ids", ids)
                .body("data.acknowledgeAlerts.id", equalTo(ids))
                .body("data.acknowledgeAlerts.state", equalTo(List.of("ACKNOWLEDGED", "ACKNOWLEDGED")))
                .body("data.acknowledgeAlerts.acknowledgedBy", equalTo(List.of("analyst", "analyst")));
        ws.as("analyst", "resolveAlerts", "ids", List.of(ids.get(1)), "comment", "Pitched DevBlog");
        // Resolving both again with another comment leaves the one resolved before as it was.
        ws.as("analyst", "resolveAlerts", "ids", ids, "comment", "Covered in the weekly plan")
                .body("data.resolveAlerts.state", equalTo(List.of("RESOLVED", "RESOLVED")))
                .body(
                        "data.resolveAlerts.resolution",
                        equalTo(List.of("Covered in the weekly plan", "Pitched DevBlog")))
                .body("data.resolveAlerts.resolvedBy", equalTo(List.of("analyst", "analyst")));
        MediaWorkspace other = MediaWorkspace.create();
        as("outsider", "resolveAlerts", "workspaceId", ws.id(), "ids", ids, "comment", "x")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        as("analyst", "acknowledgeAlerts", "workspaceId", other.id(), "ids", ids)
                .body("errors[0].extensions.reason", equalTo("NOT_FOUND"));
    }

    /** The workspace's alerts, newest first, once there are {@code count}. */
    private static List<Map<String, Object>> awaitAlerts(MediaWorkspace ws, int count) {
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> ((List<?>) ws.as("viewer", "alerts").extract().path("data.alerts.edges")).size() >= count);
        return ws.as("viewer", "alerts").extract().path("data.alerts.edges.node");
    }

    private static String channelOf(Map<String, Object> alert) {
        Map<String, Object> channel = json(alert.get("channel"));
        return (String) channel.get("name");
    }

    @SuppressWarnings("unchecked") // JSON objects and arrays as REST Assured extracts them
    private static <T> T json(Object value) {
        return (T) value;
    }

    @Test
    void aReplayAskedForWhileTheInstanceStartsArrivesOnceTheFeedKnowsWhereItStarts() {
        MediaWorkspace ws = MediaWorkspace.create();
        String stored = storedAlertOfContosoStory(ws);

        // A feed as an instance has it just after startup: it has not yet read where the alert table ends.
        FeedChannel<AlertView> starting = new FeedChannel<>(database, feed);
        List<LiveItem<AlertView>> replayed = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        starting.listen(new Audience("analyst", Set.of(UUID.fromString(ws.id()))), 0L, replayed::add, failures::add);
        starting.catchUp();

        Awaitility.await().atMost(WAIT).until(() -> !replayed.isEmpty() || !failures.isEmpty());
        assertEquals(List.of(), failures);
        assertEquals(
                List.of(Long.parseLong(stored)),
                replayed.stream().map(LiveItem::id).toList());
    }

    /** Weighs CIOs × CIO Daily 0.8 and publishes a Contoso story there: the id of the alert it raises, once stored. */
    private static String storedAlertOfContosoStory(MediaWorkspace ws) {
        ws.setWeights(List.of(ws.weight("CIOs", "CIO Daily", 0.8)));
        ws.publish(ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> !((List<?>) as("viewer", "alerts", "workspaceId", ws.id())
                                .extract()
                                .path("data.alerts.edges"))
                        .isEmpty());
        return as("viewer", "alerts", "workspaceId", ws.id()).extract().path("data.alerts.edges[0].node.id");
    }

    private GraphQLSocket socket(String user) throws InterruptedException {
        return socket(graphql, user);
    }

    /** A graphql-transport-ws connection to the endpoint at {@code graphql}, acknowledged. */
    static GraphQLSocket socket(URI graphql, String user) throws InterruptedException {
        GraphQLSocket socket = GraphQLSocket.connect(
                URI.create(graphql.toString().replaceFirst("^http", "ws")), TestUsers.token(user));
        assertEquals("connection_ack", socket.next(WAIT).getString("type"));
        return socket;
    }

    static JsonObject nextAlert(GraphQLSocket socket) throws InterruptedException {
        JsonObject alert = nextAlert(socket, WAIT);
        assertNotNull(alert, "no alert arrived");
        return alert;
    }

    private static JsonObject nextAlert(GraphQLSocket socket, Duration wait) throws InterruptedException {
        JsonObject message = socket.next(wait);
        if (message == null) {
            return null;
        }
        assertEquals("next", message.getString("type"), message.encode());
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("alerts");
    }

    private static void assertAlert(
            JsonObject alert,
            String segment,
            String channel,
            String oldUrgency,
            String newUrgency,
            double gap,
            String publicationId) {
        assertEquals(segment, alert.getJsonObject("segment").getString("name"));
        assertEquals(channel, alert.getJsonObject("channel").getString("name"));
        assertEquals(oldUrgency, alert.getString("oldUrgency"));
        assertEquals(newUrgency, alert.getString("newUrgency"));
        assertEquals(gap, alert.getDouble("gap"), 1e-9);
        assertEquals(publicationId, alert.getString("publicationId"));
    }

    private static void importContosoLinkedInStories(MediaWorkspace ws, int count) {
        StringBuilder csv =
                new StringBuilder("published_at,brand,channel,title,weight,segment_1,impact_1,sentiment_1\n");
        for (int i = 0; i < count; i++) {
            csv.append(TODAY)
                    .append(",Contoso,LinkedIn,Imported story ")
                    .append(i)
                    .append(",1,CIOs,1,POSITIVE\n");
        }
        assertEquals("SUCCEEDED", PublicationFiles.importCsv(ws, csv.toString()));
    }
}
