package app.resonance.identity;

import static app.resonance.support.GraphQL.withToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.resonance.support.LocalStack;
import app.resonance.support.PackagedApp;
import app.resonance.support.TcpProxy;
import app.resonance.support.TestUsers;
import io.restassured.RestAssured;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Keycloak unreachable for the app (its proxy stopped; the shared Keycloak itself keeps running for others):
 * signed-in users keep working with their valid tokens, which the app checks with the signing keys it has
 * cached; a token it cannot check is refused with 401 at once instead of hanging or failing with 500. Once
 * Keycloak is back, new tokens work again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakDownIT {

    /** Other ITs use 8091-8096 and 18095; the hostile load benchmark 8097 by default. */
    private static final int PORT = 8098;

    private static final int PROXY_PORT = 18098;
    /** A request the app can answer from what it has must not wait for Keycloak's timeouts. */
    private static final long QUICK_MILLIS = 3_000;

    private static final LocalStack STACK = new LocalStack();
    private static TcpProxy keycloak;
    private static PackagedApp app;
    private static String keycloakUrl;
    private static String workspaceId;
    private static String analystToken;
    private static String unseenViewerToken;

    @BeforeAll
    static void startAppBehindKeycloakProxy() throws Exception {
        STACK.start();
        URI shared = URI.create(TestUsers.KEYCLOAK);
        keycloak = new TcpProxy(PROXY_PORT, shared.getHost(), shared.getPort());
        keycloak.start();
        // Tokens come through the proxy too, so that their issuer is the Keycloak address the app knows.
        keycloakUrl = "http://localhost:" + PROXY_PORT;
        // As in an instance that has run for a while: a token under an unknown key id makes the app ask
        // Keycloak for its keys again (by default at most every 10 minutes, counted from start-up).
        app = PackagedApp.start(
                "app",
                PORT,
                Map.of("KEYCLOAK_URL", keycloakUrl, "QUARKUS_OIDC_TOKEN_FORCED_JWK_REFRESH_INTERVAL", "PT1S"));
        RestAssured.port = PORT;

        String adminToken = TestUsers.newToken(keycloakUrl, "admin");
        workspaceId = withToken(adminToken, "createWorkspace", "name", "Keycloak down " + UUID.randomUUID())
                .statusCode(200)
                .body("errors", nullValue())
                .extract()
                .path("data.createWorkspace.id");
        for (String member : new String[] {"analyst", "viewer"}) {
            withToken(adminToken, "addMember", "workspaceId", workspaceId, "username", member)
                    .statusCode(200)
                    .body("errors", nullValue());
        }
        analystToken = TestUsers.newToken(keycloakUrl, "analyst");
        withToken(analystToken, "segments", "workspaceId", workspaceId)
                .statusCode(200)
                .body("errors", nullValue());
        unseenViewerToken = TestUsers.newToken(keycloakUrl, "viewer");

        keycloak.stop();
        assertThrows(ConnectException.class, () -> TestUsers.newToken(keycloakUrl, "analyst"), "Keycloak is down");
    }

    @AfterAll
    static void stopAll() throws Exception {
        RestAssured.reset();
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
            STACK.stop();
        }
    }

    @Test
    @Order(1)
    void aSignedInUserKeepsReadingAndWritingWhileKeycloakIsDown() {
        withToken(analystToken, "me")
                .time(lessThan(QUICK_MILLIS), TimeUnit.MILLISECONDS)
                .statusCode(200)
                .body("data.me.username", equalTo("analyst"));
        withToken(
                        analystToken,
                        "createSegment",
                        "workspaceId",
                        workspaceId,
                        "input",
                        Map.of("name", "Written while Keycloak is down", "immersion", "ENGAGED", "reactionWeight", 0.5))
                .time(lessThan(QUICK_MILLIS), TimeUnit.MILLISECONDS)
                .statusCode(200)
                .body("errors", nullValue());
        withToken(analystToken, "segments", "workspaceId", workspaceId)
                .time(lessThan(QUICK_MILLIS), TimeUnit.MILLISECONDS)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.segments.name", hasItem("Written while Keycloak is down"));
    }

    @Test
    @Order(2)
    void aValidTokenTheAppHasNeverSeenIsVerifiedWithTheCachedKeys() {
        withToken(unseenViewerToken, "segments", "workspaceId", workspaceId)
                .time(lessThan(QUICK_MILLIS), TimeUnit.MILLISECONDS)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.segments.name", hasItem("Written while Keycloak is down"));
    }

    @Test
    @Order(3)
    void aTokenSignedWithAnUnknownKeyIsRefusedWith401AtOnce() {
        withToken(forged(analystToken, "a-key-keycloak-never-had"), "me")
                .time(lessThan(QUICK_MILLIS), TimeUnit.MILLISECONDS)
                .statusCode(401);
    }

    @Test
    @Order(4)
    void aTokenWithAKnownKeyButAForgedSignatureIsRefusedWith401AtOnce() {
        withToken(forged(analystToken, null), "me")
                .time(lessThan(QUICK_MILLIS), TimeUnit.MILLISECONDS)
                .statusCode(401);
    }

    @Test
    @Order(5)
    @SuppressWarnings("try") // the socket only has to be open, holding the port
    void aTokenUnderAnUnknownKeyIdIsRefusedWith401SoonWhenKeycloakHangs() throws Exception {
        // A Keycloak that takes connections and never answers: the kernel completes them into the backlog.
        try (ServerSocket hung = new ServerSocket(PROXY_PORT, 50, InetAddress.getLoopbackAddress())) {
            // The app asks Keycloak for keys at most once a second (the refresh interval set above).
            Thread.sleep(1_500);
            // The app gives Keycloak 3 s (resonance.keycloak.request-timeout); without that limit it waited for
            // good, so the test stops waiting itself.
            assertTimeoutPreemptively(
                    Duration.ofSeconds(15),
                    () -> withToken(forged(analystToken, "another-key-keycloak-never-had"), "me")
                            .time(lessThan(3_000 + QUICK_MILLIS), TimeUnit.MILLISECONDS)
                            .statusCode(401));
        }
    }

    @Test
    @Order(6)
    void newSignInsWorkAgainOnceKeycloakIsBack() {
        keycloak.start();
        withToken(TestUsers.newToken(keycloakUrl, "viewer"), "segments", "workspaceId", workspaceId)
                .statusCode(200)
                .body("errors", nullValue());
        withToken(analystToken, "me").statusCode(200).body("data.me.username", equalTo("analyst"));
    }

    /**
     * The token's claims with a random signature; under another key id when {@code kid} is given, which makes
     * the app look for a key it does not have (and Keycloak, which would have to be asked, is down).
     */
    private static String forged(String token, String kid) {
        String[] parts = token.split("\\.");
        String header = kid == null
                ? parts[0]
                : Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
        byte[] signature = new byte[256];
        new SecureRandom().nextBytes(signature);
        return header + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
