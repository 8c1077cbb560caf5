package app.resonance.hostile;

import app.resonance.support.GraphQL;
import app.resonance.support.GraphQLSocket;
import app.resonance.support.TestUsers;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * graphql-transport-ws abuse: anonymous sockets asking for the schema or data, broken protocol
 * messages, bombs over the socket. An error message counts as status 200; a close as its code.
 */
final class SocketCases {

    private static final String CATEGORY = "WebSocket";
    private static final Duration WAIT = Duration.ofSeconds(3);

    private SocketCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(HostileCase.of(
                CATEGORY,
                "anonymous introspection",
                target -> afterInit(null, subscribe("{ __schema { queryType { name } } }")),
                200,
                "UNAUTHENTICATED"));
        cases.add(HostileCase.of(
                CATEGORY,
                "anonymous type introspection",
                target -> afterInit(null, subscribe("{ __type(name: \"Workspace\") { fields { name } } }")),
                200,
                "UNAUTHENTICATED"));
        cases.add(HostileCase.of(
                CATEGORY,
                "anonymous query",
                target -> afterInit(null, subscribe("{ workspaces { id name } }")),
                200,
                "UNAUTHENTICATED"));
        cases.add(HostileCase.of(
                CATEGORY,
                "fragment bomb",
                target -> afterInit(TestUsers.token("analyst"), subscribe(GraphQL.fragmentBomb(30, "me { username }"))),
                200,
                "TOO_MANY_FIELDS"));
        cases.add(HostileCase.of(
                CATEGORY,
                "alias bomb",
                target -> afterInit(
                        TestUsers.token("analyst"), subscribe(GraphQLAbuseCases.aliased(300, "me { username }"))),
                200,
                "TOO_MANY_ALIASES"));
        cases.add(HostileCase.of(
                CATEGORY, "a forged token in connection_init", target -> afterInit("not-a-token"), 4403, null));
        cases.add(HostileCase.of(
                CATEGORY,
                "subscribe before connection_init",
                target -> raw(subscribe("{ me { username } }")),
                4401,
                null));
        cases.add(HostileCase.of(CATEGORY, "a message that is not JSON", target -> raw("{{{"), 4400, null));
        cases.add(HostileCase.of(
                CATEGORY,
                "a message of an unknown type",
                target -> afterInit(TestUsers.token("analyst"), "{\"type\": \"steal\"}"),
                4400,
                null));
        cases.add(HostileCase.of(
                CATEGORY,
                "connection_init twice",
                target -> afterInit(TestUsers.token("analyst"), "{\"type\": \"connection_init\"}"),
                4429,
                null));
        return cases;
    }

    private static String subscribe(String query) {
        return new JsonObject()
                .put("id", "1")
                .put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query))
                .encode();
    }

    private static URI uri() {
        return URI.create("ws://localhost:" + RestAssured.port + "/graphql");
    }

    /** Sends connection_init (with the token, if any), waits for the ack, sends the messages, and reports the first answer. */
    private static Answer afterInit(String token, String... messages) {
        try (GraphQLSocket socket = GraphQLSocket.connect(uri(), token)) {
            Answer first = firstAnswer(socket);
            if (!first.body().contains("connection_ack")) {
                return first;
            }
            for (String message : messages) {
                socket.sendText(message);
            }
            return firstAnswer(socket);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer raw(String message) {
        try (GraphQLSocket socket = GraphQLSocket.open(uri())) {
            socket.sendText(message);
            return firstAnswer(socket);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first message or the close, whichever comes first. */
    private static Answer firstAnswer(GraphQLSocket socket) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = socket.next(Duration.ofMillis(50));
            if (message != null || socket.closeCode(Duration.ZERO) != null) {
                return closedOr(socket, message);
            }
        }
        return closedOr(socket, null);
    }

    /** An error message as status 200 with its payload as the errors; otherwise the close code. */
    private static Answer closedOr(GraphQLSocket socket, JsonObject message) {
        if (message != null && "error".equals(message.getString("type"))) {
            return new Answer(
                    200,
                    new JsonObject()
                            .put("errors", message.getJsonArray("payload"))
                            .encode());
        }
        if (message != null && "next".equals(message.getString("type"))) {
            return new Answer(200, message.getJsonObject("payload").encode());
        }
        if (message != null) {
            return new Answer(200, message.encode());
        }
        Integer code = socket.closeCode(Duration.ofMillis(500));
        return new Answer(code == null ? 0 : code, "");
    }
}
