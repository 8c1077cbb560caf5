package app.resonance.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the GraphQL operations kept in src/test/resources/graphql/&lt;name&gt;.graphql as a given
 * user, over HTTP POST /graphql.
 */
public final class GraphQL {

    private GraphQL() {}

    public static String operation(String name) {
        try (InputStream in = GraphQL.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No operation file graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatableResponse as(String username, String operation, Object... variables) {
        return withToken(TestUsers.token(username), operation, variables).statusCode(200);
    }

    /** The operation with this bearer token, whatever the HTTP status. */
    public static ValidatableResponse withToken(String token, String operation, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", operation(operation), "variables", vars))
                .post("/graphql")
                .then();
    }

    /** A query whose fragment F0 holds {@code leaf} and each F(i) spreads F(i-1) twice: 2^levels copies of the leaf. */
    public static String fragmentBomb(int levels, String leaf) {
        StringBuilder query = new StringBuilder("query { ...F" + levels + " } fragment F0 on Query { " + leaf + " }");
        for (int i = 1; i <= levels; i++) {
            query.append(" fragment F")
                    .append(i)
                    .append(" on Query { ...F")
                    .append(i - 1)
                    .append(" ...F")
                    .append(i - 1)
                    .append(" }");
        }
        return query.toString();
    }
}
