package app.resonance.workspace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.resonance.support.GraphQLSocket;
import app.resonance.support.MediaWorkspace;
import app.resonance.support.RealStackTest;
import app.resonance.support.SchemaCalls;
import app.resonance.support.SchemaCalls.Call;
import app.resonance.support.TestUsers;
import graphql.language.FieldDefinition;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed schema that takes a workspaceId, called by a signed-in admin of
 * another agency with valid arguments, answers FORBIDDEN and nothing else: operations added later are
 * covered without a new test.
 */
@QuarkusTest
@RealStackTest
class TenantIsolationTest {

    private static final SchemaCalls SCHEMA = new SchemaCalls();
    private static String workspaceId;

    @TestHTTPResource("/graphql")
    URI graphql;

    /** Once per class; not in @BeforeAll, which runs before Quarkus points REST Assured at the app. */
    @BeforeEach
    void aWorkspaceTheOutsiderIsNotIn() {
        if (workspaceId == null) {
            workspaceId = MediaWorkspace.create().id();
        }
    }

    @Test
    void everyQueryAndMutationWithAWorkspaceIdIsForbiddenToAnotherTenant() {
        List<Call> calls = callsWithWorkspaceId("Query");
        calls.addAll(callsWithWorkspaceId("Mutation"));
        assertFalse(calls.size() < 30, "fewer operations than the API has: " + SchemaCalls.names(calls));
        List<String> leaks = new ArrayList<>();
        for (Call call : calls) {
            ExtractableResponse<Response> answer = given().auth()
                    .oauth2(TestUsers.token("outsider"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", call.document(), "variables", call.variables()))
                    .post("/graphql")
                    .then()
                    .statusCode(200)
                    .extract();
            String code = answer.path("errors[0].extensions.code");
            Object data = answer.path("data." + call.field());
            if (!"FORBIDDEN".equals(code) || data != null) {
                leaks.add(call.name() + " answered " + answer.asString());
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void everySubscriptionWithAWorkspaceIdIsForbiddenToAnotherTenant() throws Exception {
        List<Call> calls = callsWithWorkspaceId("Subscription");
        assertFalse(calls.isEmpty(), "the schema has subscriptions with a workspaceId");
        URI socket = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        for (Call call : calls) {
            try (GraphQLSocket outsider = GraphQLSocket.connect(socket, TestUsers.token("outsider"))) {
                assertEquals(
                        "connection_ack", outsider.next(Duration.ofSeconds(10)).getString("type"));
                outsider.subscribe("1", call.document(), new JsonObject(call.variables()));
                JsonObject answer = outsider.next(Duration.ofSeconds(10));
                assertNotNull(answer, call.name() + " answered nothing");
                assertEquals("error", answer.getString("type"), call.name() + " answered " + answer.encode());
                assertEquals(
                        "FORBIDDEN",
                        answer.getJsonArray("payload")
                                .getJsonObject(0)
                                .getJsonObject("extensions")
                                .getString("code"),
                        call.name() + " answered " + answer.encode());
            }
        }
    }

    private static List<Call> callsWithWorkspaceId(String rootType) {
        List<Call> calls = new ArrayList<>();
        for (FieldDefinition field : SCHEMA.rootFields(rootType)) {
            if (field.getInputValueDefinitions().stream()
                    .anyMatch(argument -> argument.getName().equals("workspaceId"))) {
                calls.add(SCHEMA.call(rootType, field, workspaceId));
            }
        }
        return calls;
    }
}
