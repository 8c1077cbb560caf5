package app.resonance.alert;

import static app.resonance.alert.AlertTest.TODAY;
import static app.resonance.alert.AlertTest.nextAlert;
import static app.resonance.alert.AlertTest.socket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.common.livefeed.FeedDatabase;
import app.resonance.support.GraphQL;
import app.resonance.support.GraphQLSocket;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The fault of a dropped LISTEN connection, for real: its PostgreSQL backend is terminated. Notifications
 * sent meanwhile are lost; the feed must not lose the alerts they announced.
 */
@QuarkusTest
@RealStackTest
class ListenConnectionLossTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    Pool pool;

    @Test
    void alertsResumeAfterTheListenConnectionIsKilledAndAReconnectWithSinceLosesNone() throws Exception {
        MediaWorkspace ws = MediaWorkspace.create();
        ws.setWeights(List.of(
                ws.weight("CIOs", "CIO Daily", 0.8),
                ws.weight("Engineers", "DevBlog", 1.0),
                ws.weight("CIOs", "LinkedIn", 0.5)));
        JsonObject fromTheStart = new JsonObject().put("workspaceId", ws.id()).put("since", "0");

        try (GraphQLSocket staying = socket(graphql, "viewer")) {
            staying.subscribe("1", GraphQL.operation("liveAlerts"), fromTheStart);
            String first;
            try (GraphQLSocket leaving = socket(graphql, "analyst")) {
                leaving.subscribe("1", GraphQL.operation("liveAlerts"), fromTheStart);
                ws.publish(
                        ws.publication("Contoso story", "Contoso", "CIO Daily", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
                first = nextAlert(leaving).getString("id");
                assertEquals(first, nextAlert(staying).getString("id"));
            }

            Integer killed = listener();
            assertNotNull(killed, "no LISTEN connection named " + FeedDatabase.LISTENER_NAME);
            assertTrue(pool.preparedQuery("select pg_terminate_backend($1)")
                    .executeAndAwait(Tuple.of(killed))
                    .iterator()
                    .next()
                    .getBoolean(0));
            // Written while nobody listens: its NOTIFY balance_dirty (and the alert's NOTIFY) reach no one.
            ws.publish(
                    ws.publication("Fabrikam story", "Fabrikam", "DevBlog", TODAY, 1.0, "Engineers", 1.0, "POSITIVE"));
            Awaitility.await().atMost(WAIT).until(() -> {
                Integer listening = listener();
                return listening != null && !listening.equals(killed);
            });

            JsonObject second = nextAlert(staying);
            assertEquals("DevBlog", second.getJsonObject("channel").getString("name"));

            try (GraphQLSocket back = socket(graphql, "analyst")) {
                back.subscribe(
                        "1",
                        GraphQL.operation("liveAlerts"),
                        new JsonObject().put("workspaceId", ws.id()).put("since", first));
                assertEquals(second.getString("id"), nextAlert(back).getString("id"), "the alert missed");

                ws.publish(ws.publication(
                        "Contoso on LinkedIn", "Contoso", "LinkedIn", TODAY, 1.0, "CIOs", 1.0, "POSITIVE"));
                JsonObject third = nextAlert(back);
                assertEquals("LinkedIn", third.getJsonObject("channel").getString("name"));
                assertEquals(third.getString("id"), nextAlert(staying).getString("id"));
                assertNull(back.next(Duration.ofSeconds(1)), "an alert twice");
            }
        }
    }

    /** The backend pid of the app's LISTEN connection to this database, or null when there is none. */
    private Integer listener() {
        for (Row row : pool.preparedQuery("select pid from pg_stat_activity where application_name = $1"
                        + " and datname = current_database()")
                .executeAndAwait(Tuple.of(FeedDatabase.LISTENER_NAME))) {
            return row.getInteger("pid");
        }
        return null;
    }
}
