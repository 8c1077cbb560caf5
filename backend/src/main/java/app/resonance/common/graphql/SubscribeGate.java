package app.resonance.common.graphql;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletionStage;

/** Decides whether a WebSocket connection may start one more operation (the rate limit). */
public interface SubscribeGate {

    /**
     * Null when the operation may start; otherwise the GraphQL error to answer it with. {@code upgrade} is
     * the connection's upgrade request, whose user is who signed in with connection_init.
     */
    CompletionStage<JsonObject> admit(RoutingContext upgrade);
}
