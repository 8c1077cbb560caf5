package app.resonance.ratelimit;

import app.resonance.common.graphql.SubscribeGate;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Charges every operation started over a GraphQL WebSocket as one request of the caller who signed in with
 * connection_init (or of their address without a token): otherwise one upgrade, a single request, would
 * buy any number of operations. A refused operation is answered with RATE_LIMITED; the socket stays open.
 */
@ApplicationScoped
class SubscribeRateLimit implements SubscribeGate {

    private final RateLimitConfig config;
    private final RateLimitFilter filter;
    private final RateLimiter limiter;

    SubscribeRateLimit(RateLimitConfig config, RateLimitFilter filter, RateLimiter limiter) {
        this.config = config;
        this.filter = filter;
        this.limiter = limiter;
    }

    @Override
    public CompletionStage<JsonObject> admit(RoutingContext upgrade) {
        List<Charge> charges = config.enabled() ? filter.charges(upgrade) : List.of();
        if (charges.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return limiter.charge(charges).thenApply(verdict -> verdict.allowed() ? null : RateLimitFilter.error(verdict));
    }
}
