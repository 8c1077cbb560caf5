package app.resonance.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Who may send how many requests (see "Limits" in the root README for the numbers and why). */
@ConfigMapping(prefix = "resonance.rate-limits")
public interface RateLimitConfig {

    /** Off only to measure what the limiter costs, or in an emergency. */
    @WithDefault("true")
    boolean enabled();

    /** Paths (each with everything under it) counted against the signed-in caller, or their address without a token. */
    List<String> apiPaths();

    /** Paths open to anyone (each with everything under it), counted against the caller's address. */
    List<String> publicPaths();

    /** Each signed-in user's budget. */
    BudgetConfig user();

    /** Each client address's budget on the public paths and for API calls without a token. */
    BudgetConfig address();

    /**
     * Budgets of OIDC clients (by {@code azp}), shared by all the client's tokens. A client without one
     * here is counted only per user: the single-page app's client is shared by all its users.
     */
    Map<String, BudgetConfig> clients();

    /** How often an instance writes what it counted to PostgreSQL: the price of fewer round trips is overshoot. */
    SyncConfig sync();

    /** Connections of the limiter's own pool. */
    int poolSize();

    /** How often an instance deletes the rows of buckets that are full again. */
    @WithDefault("PT1M")
    Duration cleanupEvery();

    /** {@code requests} at most in a burst, refilled evenly over {@code per}. */
    interface BudgetConfig {
        long requests();

        Duration per();

        default Budget budget() {
            return new Budget(requests(), per());
        }
    }

    interface SyncConfig {
        /** Requests an instance may let through (or count) on its own view of a bucket before it writes them; 0 = every request. */
        int maxUnsyncedRequests();

        /** Age after which an instance's view of a bucket is read again before the next request. */
        Duration maxUnsyncedTime();
    }
}
