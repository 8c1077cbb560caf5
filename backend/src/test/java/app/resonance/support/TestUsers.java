package app.resonance.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;

/**
 * Access tokens of the realm's demo users, fetched from the real Keycloak with the local-only
 * direct access grant. admin, analyst and viewer belong to one agency; outsider (an admin)
 * to another.
 */
public final class TestUsers {

    public static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");

    /** Tokens live five minutes (the realm's accessTokenLifespan); a slow suite outlives them. */
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAt) {
    }

    private TestUsers() {
    }

    public static String token(String username) {
        return TOKENS.compute(username, (name, held) -> held == null || Instant.now().isAfter(held.renewAt())
                ? fetch(name) : held).value();
    }

    private static Token fetch(String username) {
        JsonPath answer = given().baseUri(KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "resonance-web")
                .formParam("username", username)
                .formParam("password", "demo")
                .post("/realms/resonance/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath();
        return new Token(answer.getString("access_token"),
                Instant.now().plusSeconds(answer.getLong("expires_in")).minus(MARGIN));
    }
}
