package app.resonance.ratelimit;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Counts each request to a limited path against its caller's buckets and answers with the
 * RateLimit header fields of draft-ietf-httpapi-ratelimit-headers-06; a refused request gets 429,
 * Retry-After and a GraphQL-shaped error (code RATE_LIMITED) before any handler reads its body.
 */
@ApplicationScoped
class RateLimitFilter {

    /**
     * Quarkus runs a filter of priority p at route order -p. After authentication (200), so the caller
     * is known; before authorization (100), so that requests it turns away for want of a token count
     * against their address too; and before the GraphQL WebSocket upgrade, routed at order -99.
     */
    static final int PRIORITY = SecurityHandlerPriorities.AUTHORIZATION + 10;

    /** How Keycloak names the user behind a client's client-credentials tokens. */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final RateLimitConfig config;
    private final RateLimiter limiter;

    RateLimitFilter(RateLimitConfig config, RateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    private void limit(RoutingContext ctx) {
        List<Charge> charges = charges(ctx);
        if (charges.isEmpty()) {
            ctx.next();
            return;
        }
        Context context = Vertx.currentContext();
        // Answered from the instance's copy of the bucket, the verdict is there at once, on this thread;
        // after a sync it may arrive on the limiter pool's event loop, and the request must go on on its own.
        limiter.charge(charges).whenComplete((verdict, failure) -> {
            if (Vertx.currentContext() == context) {
                proceed(ctx, charges, verdict, failure);
            } else {
                context.runOnContext(ignored -> proceed(ctx, charges, verdict, failure));
            }
        });
    }

    private static void proceed(RoutingContext ctx, List<Charge> charges, Verdict verdict, Throwable failure) {
        if (failure != null) {
            // Fail open: a limiter that cannot reach its table must not take the API down with it.
            LOG.warnf(failure, "Rate limit of %s not checked", charges.get(0).caller());
            ctx.next();
        } else {
            answer(ctx, verdict);
        }
    }

    /** Whom a request to this path costs: the signed-in caller (and their client), or their address. */
    List<Charge> charges(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean api = config.apiPaths().stream().anyMatch(limited -> covers(limited, path));
        if (!api && config.publicPaths().stream().noneMatch(limited -> covers(limited, path))) {
            return List.of();
        }
        if (api
                && ctx.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            return charges(token);
        }
        return List.of(new Charge(
                "address:" + ctx.request().remoteAddress().hostAddress(),
                config.address().budget()));
    }

    private List<Charge> charges(JsonWebToken token) {
        Charge user = new Charge(
                "user:" + Objects.requireNonNullElse(token.getSubject(), token.getName()),
                config.user().budget());
        String client = token.getClaim("azp");
        RateLimitConfig.BudgetConfig clientBudget =
                client == null ? null : config.clients().get(client);
        if (clientBudget == null) {
            return List.of(user);
        }
        Charge clientCharge = new Charge("client:" + client, clientBudget.budget());
        // A client's service account is the client itself, not a person with a budget of their own.
        if ((SERVICE_ACCOUNT_PREFIX + client).equals(token.getClaim("preferred_username"))) {
            return List.of(clientCharge);
        }
        return List.of(user, clientCharge);
    }

    private static boolean covers(String limited, String path) {
        return path.equals(limited) || path.startsWith(limited.endsWith("/") ? limited : limited + "/");
    }

    private static void answer(RoutingContext ctx, Verdict verdict) {
        HttpServerResponse response = ctx.response()
                .putHeader("RateLimit-Limit", Long.toString(verdict.budget().requests()))
                .putHeader("RateLimit-Remaining", Long.toString(verdict.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(verdict.secondsToReset()))
                .putHeader("RateLimit-Policy", verdict.budget().policy());
        if (verdict.allowed()) {
            ctx.next();
            return;
        }
        response.setStatusCode(429)
                .putHeader("Retry-After", Long.toString(verdict.secondsToRetry()))
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("errors", new JsonArray().add(error(verdict)))
                        .encode());
    }

    /** The GraphQL error of a refused request. */
    static JsonObject error(Verdict verdict) {
        return new JsonObject()
                .put("message", "Too many requests; try again in " + verdict.secondsToRetry() + " s.")
                .put(
                        "extensions",
                        new JsonObject().put("code", "RATE_LIMITED").put("retryAfter", verdict.secondsToRetry()));
    }
}
