package app.resonance.ratelimit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The limiter over its own small JDBC pool (datasource "ratelimit"): the default JDBC pool serves
 * imports, which hold their connections for minutes, and a limiter waiting behind them would hold up
 * every request. Also deletes expired bucket rows every {@code cleanup-every}, on each instance (the
 * deletes skip rows another instance has locked).
 */
@ApplicationScoped
class RateLimitWiring {

    private static final Logger LOG = Logger.getLogger(RateLimitWiring.class);

    private final Vertx vertx;
    private final RateLimitConfig config;
    private long cleanupTimer = -1;

    RateLimitWiring(Vertx vertx, RateLimitConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    @Produces
    @Singleton
    RateLimiter limiter(@DataSource("ratelimit") AgroalDataSource dataSource) {
        return new RateLimiter(dataSource, config.sync().maxUnsyncedRequests(), config.sync().maxUnsyncedTime());
    }

    void startCleanup(@Observes StartupEvent start, RateLimiter limiter) {
        if (!config.enabled()) {
            return;
        }
        cleanupTimer = vertx.setPeriodic(config.cleanupEvery().toMillis(), tick -> vertx
                .executeBlocking(limiter::removeExpired, false)
                .onSuccess(removed -> LOG.debugf("Removed %d full rate-limit buckets", removed))
                .onFailure(e -> LOG.warn("Could not remove full rate-limit buckets", e)));
    }

    @PreDestroy
    void stopCleanup() {
        vertx.cancelTimer(cleanupTimer);
    }
}
