package app.resonance.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Access tokens of the realm's demo users, fetched from the real Keycloak with the local-only
 * direct access grant. admin, analyst and viewer belong to one agency; outsider (an admin)
 * to another.
 */
public final class TestUsers {

    public static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");

    /** Tokens live 5 minutes; a suite on a busy machine runs longer, so a token is renewed before it lapses. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private TestUsers() {}

    public static String token(String username) {
        return cached(username, () -> passwordGrant(KEYCLOAK, username));
    }

    /**
     * A new token of the user, never cached, from the Keycloak at that address (e.g. through a proxy: the
     * token's issuer then names the proxy, as an app behind it expects).
     */
    public static String newToken(String keycloak, String username) {
        return fetch(passwordGrant(keycloak, username)).value();
    }

    private static RequestSpecification passwordGrant(String keycloak, String username) {
        return given().baseUri(keycloak)
                .formParam("grant_type", "password")
                .formParam("client_id", "resonance-web")
                .formParam("username", username)
                .formParam("password", "demo");
    }

    /** A client-credentials token of a confidential client (the partner's service account). */
    public static String clientToken(String clientId, String secret) {
        return cached(
                "client:" + clientId,
                () -> given().baseUri(KEYCLOAK)
                        .formParam("grant_type", "client_credentials")
                        .formParam("client_id", clientId)
                        .formParam("client_secret", secret));
    }

    /** Drops every cached token, e.g. once another Keycloak (with other keys) has started. */
    static void forgetTokens() {
        TOKENS.clear();
    }

    private static String cached(String key, Supplier<RequestSpecification> request) {
        return TOKENS.compute(
                        key,
                        (k, token) ->
                                token != null && Instant.now().isBefore(token.renewAt()) ? token : fetch(request.get()))
                .value();
    }

    private static Token fetch(RequestSpecification request) {
        JsonPath answer = request.post("/realms/resonance/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new Token(
                answer.getString("access_token"),
                Instant.now().plusSeconds(answer.getLong("expires_in")).minus(RENEW_BEFORE_EXPIRY));
    }

    private record Token(String value, Instant renewAt) {}
}
