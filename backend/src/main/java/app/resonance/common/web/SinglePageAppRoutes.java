package app.resonance.common.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Serves the app's runtime configuration at {@code /config.json} and answers client-side
 * routes (e.g. {@code /workspaces}) with {@code index.html}, so deep links survive a reload.
 */
@ApplicationScoped
public class SinglePageAppRoutes {

    /** Paths the server owns; everything else without a file extension is a client-side route. */
    private static final Pattern SERVER_PATH = Pattern.compile("^/(graphql|q)(/.*)?$|.*\\.[A-Za-z0-9]+$");

    private final WebConfig config;

    SinglePageAppRoutes(WebConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        JsonObject clientConfig = new JsonObject()
                .put("oidcAuthority", config.oidcAuthority())
                .put("oidcClientId", config.oidcClientId());
        router.get("/config.json")
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-store")
                        .end(clientConfig.encode()));

        // Runs after the static-resource handler found no file.
        router.get("/*").order(Integer.MAX_VALUE).handler(ctx -> {
            if (SERVER_PATH.matcher(ctx.normalizedPath()).matches()
                    || ctx.normalizedPath().equals("/index.html")) {
                ctx.next();
            } else {
                ctx.reroute("/index.html");
            }
        });
    }
}
