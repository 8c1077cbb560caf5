package app.resonance.ratelimit;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The limiter over a small pool of its own: when heavy requests hold every connection of the API's
 * pool, the limiter must still answer (and refuse) at once. Also deletes the rows of buckets that are
 * full again every {@code cleanup-every}, on each instance (the deletes skip rows being written).
 */
@ApplicationScoped
class RateLimitWiring {

    private static final Logger LOG = Logger.getLogger(RateLimitWiring.class);

    private final Vertx vertx;
    private final RateLimitConfig config;
    private final Pool pool;
    private long cleanupTimer = -1;

    RateLimitWiring(
            Vertx vertx,
            RateLimitConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.config = config;
        this.pool = PgBuilder.pool()
                .with(new PoolOptions()
                        .setMaxSize(config.poolSize())
                        .setName("rate-limits")
                        // Not more than a second behind other syncs: then the request goes through unchecked.
                        .setConnectionTimeout(1))
                .connectingTo(PgConnectOptions.fromUri(url)
                        .setUser(user)
                        .setPassword(password)
                        .setCachePreparedStatements(true)
                        .setMetricsName("rate-limits"))
                .using(vertx)
                .build();
    }

    @Produces
    @Singleton
    RateLimiter limiter() {
        return new RateLimiter(
                pool, config.sync().maxUnsyncedRequests(), config.sync().maxUnsyncedTime());
    }

    void startCleanup(@Observes StartupEvent start, RateLimiter limiter) {
        if (!config.enabled()) {
            return;
        }
        cleanupTimer = vertx.setPeriodic(
                config.cleanupEvery().toMillis(),
                tick -> limiter.removeExpired().whenComplete((removed, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not remove full rate-limit buckets", failure);
                    } else {
                        LOG.debugf("Removed %d full rate-limit buckets", removed);
                    }
                }));
    }

    @PreDestroy
    void close() {
        vertx.cancelTimer(cleanupTimer);
        pool.closeAndForget();
    }
}
