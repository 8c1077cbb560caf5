package app.resonance.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the realm's demo users, fetched from the real Keycloak with the local-only
 * direct access grant. admin, analyst and viewer belong to one agency; outsider (an admin)
 * to another.
 */
public final class TestUsers {

    public static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestUsers() {
    }

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, TestUsers::fetch);
    }

    /** A client-credentials token of a confidential client (the partner's service account). */
    public static String clientToken(String clientId, String secret) {
        return TOKENS.computeIfAbsent("client:" + clientId, key -> given().baseUri(KEYCLOAK)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/realms/resonance/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    private static String fetch(String username) {
        return given().baseUri(KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "resonance-web")
                .formParam("username", username)
                .formParam("password", "demo")
                .post("/realms/resonance/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
