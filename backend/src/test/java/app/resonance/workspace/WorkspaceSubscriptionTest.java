package app.resonance.workspace;

import static app.resonance.support.GraphQL.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.GraphQL;
import app.resonance.support.GraphQLSocket;
import app.resonance.support.RealStackTest;
import app.resonance.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
class WorkspaceSubscriptionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/graphql")
    URI graphql;

    private URI socketUri() {
        return URI.create(graphql.toString().replaceFirst("^http", "ws"));
    }

    @Test
    void memberReceivesTheRenameLiveOverWebSocket() throws Exception {
        String id = WorkspaceApiTest.createAsAdmin(WorkspaceApiTest.unique("Live"));
        as("admin", "addMember", "workspaceId", id, "username", "analyst");

        try (GraphQLSocket socket = GraphQLSocket.connect(socketUri(), TestUsers.token("analyst"))) {
            assertEquals("connection_ack", socket.next(WAIT).getString("type"));
            socket.subscribe("1", GraphQL.operation("workspaceChanged"));

            JsonObject event = renameUntilAnEventArrives(id, "Live renamed ", socket);
            assertNotNull(event, "no workspaceChanged event arrived");
            assertEquals("next", event.getString("type"));
            JsonObject change =
                    event.getJsonObject("payload").getJsonObject("data").getJsonObject("workspaceChanged");
            assertEquals("RENAMED", change.getString("kind"));
            assertEquals(id, change.getString("workspaceId"));
            assertTrue(change.getString("workspaceName").startsWith("Live renamed "));
            assertEquals("admin", change.getString("actor"));
        }
    }

    @Test
    void nonMemberReceivesNothing() throws Exception {
        String id = WorkspaceApiTest.createAsAdmin(WorkspaceApiTest.unique("Private"));

        try (GraphQLSocket outsider = GraphQLSocket.connect(socketUri(), TestUsers.token("outsider"));
                GraphQLSocket admin = GraphQLSocket.connect(socketUri(), TestUsers.token("admin"))) {
            outsider.next(WAIT);
            admin.next(WAIT);
            outsider.subscribe("1", GraphQL.operation("workspaceChanged"));
            admin.subscribe("1", GraphQL.operation("workspaceChanged"));

            JsonObject seenByAdmin = renameUntilAnEventArrives(id, "Private ", admin);
            assertNotNull(seenByAdmin, "the member got no event, so the check below would prove nothing");
            assertEquals(null, outsider.next(Duration.ofSeconds(1)));
        }
    }

    /**
     * graphql-transport-ws does not acknowledge a subscribe, so the test cannot know when the
     * subscription is live: rename (as admin) until the socket delivers something, or give up.
     */
    private static JsonObject renameUntilAnEventArrives(String id, String namePrefix, GraphQLSocket socket)
            throws InterruptedException {
        for (int attempt = 1; attempt <= 20; attempt++) {
            as("admin", "renameWorkspace", "id", id, "name", namePrefix + attempt);
            JsonObject event = socket.next(Duration.ofMillis(500));
            if (event != null) {
                return event;
            }
        }
        return null;
    }

    @Test
    void forgedTokenIsRefusedWith4403() {
        try (GraphQLSocket socket = GraphQLSocket.connect(socketUri(), "not-a-token")) {
            assertEquals(4403, socket.closeCode(WAIT));
        }
    }

    @Test
    void subscriptionWithoutTokenIsAnsweredWithUnauthorizedAndEnded() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.connect(socketUri(), null)) {
            assertEquals("connection_ack", socket.next(WAIT).getString("type"));
            socket.subscribe("1", GraphQL.operation("workspaceChanged"));

            JsonObject answer = socket.next(WAIT);
            assertEquals("next", answer.getString("type"));
            assertEquals(
                    null, answer.getJsonObject("payload").getJsonObject("data").getValue("workspaceChanged"));
            assertEquals(
                    "unauthorized",
                    answer.getJsonObject("payload")
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getJsonObject("extensions")
                            .getString("code"));
            assertEquals("complete", socket.next(WAIT).getString("type"));
        }
    }
}
