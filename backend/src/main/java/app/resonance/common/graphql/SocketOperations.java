package app.resonance.common.graphql;

import io.vertx.core.json.JsonObject;

/** Serves some operations of graphql-transport-ws connections in SmallRye's stead (e.g. the live feeds). */
public interface SocketOperations {

    /**
     * Takes a {@code subscribe} of an acknowledged connection off SmallRye's hands: false leaves it to
     * SmallRye. An operation taken is claimed ({@link SocketConnection#claim}) and later started or failed.
     */
    boolean handles(SocketConnection connection, String id, JsonObject payload);
}
