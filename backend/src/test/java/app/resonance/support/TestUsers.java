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
