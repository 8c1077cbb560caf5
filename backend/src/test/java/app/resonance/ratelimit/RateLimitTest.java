package app.resonance.ratelimit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.GraphQL;
import app.resonance.support.RealStackTest;
import app.resonance.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RealStackTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    /** Budgets small enough to exhaust in a few requests, and not refilled while the tests run. */
    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.resonance.rate-limits.user.requests", "5",
                    "resonance.rate-limits.user.per", "PT1H",
                    "%test.resonance.rate-limits.clients.partner-api.requests", "8",
                    "resonance.rate-limits.clients.partner-api.per", "PT1H",
                    "%test.resonance.rate-limits.address.requests", "3",
                    "resonance.rate-limits.address.per", "PT1H",
                    // Callers' addresses from X-Forwarded-For, as behind a load balancer.
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static final Budget TEN_AN_HOUR = new Budget(10, Duration.ofHours(1));

    @Inject
    Pool pool;

    @Test
    void aUserOverTheLimitIsRefusedUnreadWhileAnotherUserIsServed() {
        for (int i = 0; i < 5; i++) {
            me(TestUsers.token("viewer")).statusCode(200);
        }
        // Not even GraphQL: a refusal is answered before anything parses the request.
        given().auth()
                .oauth2(TestUsers.token("viewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("query", "this is not GraphQL"))
                .post("/graphql")
                .then()
                .statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .header("RateLimit-Remaining", "0")
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        // Uploads draw on the same budget.
        given().auth()
                .oauth2(TestUsers.token("viewer"))
                .multiPart("file", "rows.csv", "name\nA\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/uploads")
                .then()
                .statusCode(429)
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));

        me(TestUsers.token("admin")).statusCode(200).body("data.me.username", equalTo("admin"));
    }

    @Test
    void theHeadersOfAnswersCountTheBudgetDown() {
        for (int remaining = 4; remaining >= 2; remaining--) {
            me(TestUsers.token("analyst"))
                    .statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", Integer.toString(remaining))
                    .header("RateLimit-Reset", Integer::parseInt, greaterThan(0))
                    .header("RateLimit-Policy", "5;w=3600");
        }
    }

    @Test
    void thePartnerClientHasABudgetOfItsOwn() {
        for (int i = 0; i < 5; i++) {
            me(TestUsers.token("outsider")).statusCode(200);
        }
        me(TestUsers.token("outsider")).statusCode(429);

        String partner = TestUsers.clientToken("partner-api", "partner-secret");
        for (int i = 0; i < 8; i++) {
            me(partner).statusCode(200).header("RateLimit-Limit", "8");
        }
        me(partner).statusCode(429).body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }

    @Test
    void publicDownloadsAreLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            download("203.0.113.7").statusCode(404).header("RateLimit-Limit", "3");
        }
        download("203.0.113.7").statusCode(429).header("Retry-After", Integer::parseInt, greaterThan(0));
        download("203.0.113.8").statusCode(404);
    }

    @Test
    void twoInstancesSharingTheDatabaseLetOneBudgetThroughBetweenThem() {
        RateLimiter first = new RateLimiter(pool, 0, Duration.ZERO);
        RateLimiter second = new RateLimiter(pool, 0, Duration.ZERO);
        Charge charge = new Charge("test:" + UUID.randomUUID(), TEN_AN_HOUR);

        assertEquals(10L, allowedAlternately(first, second, charge, 30));
    }

    @Test
    void aBurstThroughInstancesThatSyncLazilyOvershootsByAtMostTheirUnsyncedRequestsAndRepaysIt() {
        RateLimiter first = new RateLimiter(pool, 3, Duration.ofMinutes(1));
        RateLimiter second = new RateLimiter(pool, 3, Duration.ofMinutes(1));
        Charge charge = new Charge("test:" + UUID.randomUUID(), TEN_AN_HOUR);

        long allowed = allowedAlternately(first, second, charge, 40);

        assertTrue(allowed >= 10 && allowed <= 10 + 2 * 3, allowed + " let through");
        assertFalse(
                new RateLimiter(pool, 0, Duration.ZERO).charge(charge).join().allowed(),
                "a third instance sees the bucket in debt");
    }

    @Test
    void bucketsThatAreFullAgainAreRemoved() {
        RateLimiter limiter = new RateLimiter(pool, 0, Duration.ZERO);
        Charge charge = new Charge("test:" + UUID.randomUUID(), new Budget(2, Duration.ofSeconds(1)));
        limiter.charge(charge).join();
        assertEquals(1L, rows(charge));

        await().atMost(Duration.ofSeconds(5)).until(() -> {
            limiter.removeExpired().join();
            return rows(charge) == 0;
        });
    }

    /** Sends all the requests at once, alternately through either instance, and counts those let through. */
    private static long allowedAlternately(RateLimiter first, RateLimiter second, Charge charge, int requests) {
        List<CompletableFuture<Verdict>> verdicts = IntStream.range(0, requests)
                .mapToObj(i -> (i % 2 == 0 ? first : second).charge(charge))
                .toList();
        return verdicts.stream()
                .map(CompletableFuture::join)
                .filter(Verdict::allowed)
                .count();
    }

    private long rows(Charge charge) {
        return pool.preparedQuery("SELECT count(*) FROM rate_limit_bucket WHERE id = $1")
                .executeAndAwait(Tuple.of(charge.key()))
                .iterator()
                .next()
                .getLong(0);
    }

    private static ValidatableResponse me(String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", GraphQL.operation("me")))
                .post("/graphql")
                .then();
    }

    private static ValidatableResponse download(String address) {
        return given().header("X-Forwarded-For", address)
                .get("/api/downloads/no-such-link")
                .then();
    }
}
