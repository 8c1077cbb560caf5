package app.resonance.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Answers 401 to a bearer token that is not a signed JWT (three base64url parts) before quarkus-oidc
 * reads it: some such tokens (e.g. "...") made quarkus-oidc 3.34 fail with a 500 and a stack trace.
 * Runs before authentication (priority 200).
 */
@ApplicationScoped
public class BearerTokenShape {

    private static final Pattern SIGNED_JWT =
            Pattern.compile("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    void register(@Observes Filters filters) {
        filters.register(this::check, 300);
    }

    private void check(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null
                && authorization.startsWith("Bearer")
                && !SIGNED_JWT.matcher(authorization).matches()) {
            ctx.response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .end();
        } else {
            ctx.next();
        }
    }
}
