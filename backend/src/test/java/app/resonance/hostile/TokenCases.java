package app.resonance.hostile;

import static io.restassured.RestAssured.given;

import app.resonance.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Requests with tokens this app must not accept: none, forged, altered, of other clients of the
 * realm (admin-cli), ID tokens, tokens of another realm. Each gets 401 before any GraphQL runs.
 */
final class TokenCases {

    private static final String CATEGORY = "token";
    private static final String ME = "{\"query\": \"{ me { username } }\"}";

    private TokenCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(rejected("no token", () -> null));
        cases.add(rejected("an empty token", () -> ""));
        cases.add(rejected("a word for a token", () -> "not-a-token"));
        cases.add(rejected("three dots", () -> "..."));
        cases.add(rejected("an unsigned token (alg none)", () -> unsigned(payloadOf(TestUsers.token("analyst")))));
        cases.add(rejected("a token with its signature cut off", () -> withoutSignature(TestUsers.token("analyst"))));
        cases.add(rejected(
                "a token whose claims were changed (admin role added)",
                () -> withPayload(
                        TestUsers.token("viewer"),
                        payloadOf(TestUsers.token("viewer")).replace("\"viewer\"", "\"admin\""))));
        cases.add(rejected(
                "a token of another user's signature on these claims",
                () -> withPayload(TestUsers.token("analyst"), payloadOf(TestUsers.token("admin")))));
        cases.add(rejected(
                "a token of the realm's admin-cli client",
                () -> token("resonance", "admin-cli", "analyst", "access_token")));
        cases.add(rejected(
                "an ID token of the web client", () -> token("resonance", "resonance-web", "analyst", "id_token")));
        cases.add(rejected(
                "a token of the master realm's admin", () -> token("master", "admin-cli", "admin", "access_token")));
        cases.add(HostileCase.of(
                CATEGORY,
                "Basic authentication",
                target -> target.withAuthorization(
                        "Basic " + Base64.getEncoder().encodeToString("analyst:demo".getBytes(StandardCharsets.UTF_8)),
                        ME),
                401,
                null));
        return cases;
    }

    private static HostileCase rejected(String name, Supplier<String> token) {
        return HostileCase.of(CATEGORY, name, target -> target.raw(token.get(), "application/json", ME), 401, null);
    }

    /** A token straight from Keycloak with the password grant, as a client other than this app's. */
    private static String token(String realm, String client, String user, String which) {
        return given().baseUri(TestUsers.KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", user)
                .formParam("password", realm.equals("master") ? "admin" : "demo")
                .formParam("scope", "openid")
                .post("/realms/" + realm + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path(which);
    }

    private static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String withPayload(String token, String payload) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    private static String withoutSignature(String token) {
        return token.substring(0, token.lastIndexOf('.') + 1);
    }

    private static String unsigned(String payload) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".";
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
