package app.resonance.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.resonance.support.GraphQL;
import app.resonance.support.GraphQLSocket;
import app.resonance.support.RealStackTest;
import app.resonance.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
@TestProfile(SubscribeRateLimitTest.ThreeRequests.class)
class SubscribeRateLimitTest {

    /** Three requests an hour per user: the upgrade has no token yet, so only the operations draw on it. */
    public static class ThreeRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.resonance.rate-limits.user.requests", "3",
                    "resonance.rate-limits.user.per", "PT1H");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void subscribesOverTheUsersBudgetAreRefusedWithRateLimitedOnAnOpenSocket() throws Exception {
        try (GraphQLSocket socket = connect("analyst")) {
            for (int i = 1; i <= 3; i++) {
                socket.subscribe(Integer.toString(i), GraphQL.operation("me"));
                JsonObject answer = socket.next(WAIT);
                assertEquals("next", answer.getString("type"), answer.encode());
                assertEquals(
                        "analyst",
                        answer.getJsonObject("payload")
                                .getJsonObject("data")
                                .getJsonObject("me")
                                .getString("username"));
                assertEquals("complete", socket.next(WAIT).getString("type"));
            }

            socket.subscribe("4", GraphQL.operation("me"));
            JsonObject refused = socket.next(WAIT);
            assertEquals("error", refused.getString("type"), refused.encode());
            assertEquals("4", refused.getString("id"));
            assertEquals(
                    "RATE_LIMITED",
                    refused.getJsonArray("payload")
                            .getJsonObject(0)
                            .getJsonObject("extensions")
                            .getString("code"));

            socket.ping();
            assertEquals("pong", socket.next(WAIT).getString("type"), "the socket was closed");
        }
    }

    @Test
    void aSocketsSubscribesDrawOnTheSameBudgetAsTheUsersRequests() throws Exception {
        try (GraphQLSocket socket = connect("viewer")) {
            for (int i = 1; i <= 3; i++) {
                socket.subscribe(Integer.toString(i), GraphQL.operation("me"));
                assertEquals("next", socket.next(WAIT).getString("type"));
                assertEquals("complete", socket.next(WAIT).getString("type"));
            }
        }
        given().auth()
                .oauth2(TestUsers.token("viewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.operation("me")))
                .post("/graphql")
                .then()
                .statusCode(429)
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }

    private GraphQLSocket connect(String user) throws InterruptedException {
        GraphQLSocket socket = GraphQLSocket.connect(
                URI.create(graphql.toString().replaceFirst("^http", "ws")), TestUsers.token(user));
        assertEquals("connection_ack", socket.next(WAIT).getString("type"));
        return socket;
    }
}
