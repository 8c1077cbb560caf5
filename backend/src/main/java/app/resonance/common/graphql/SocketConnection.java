package app.resonance.common.graphql;

import app.resonance.common.error.ApiException;
import app.resonance.common.error.InvalidInput;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.Context;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * One GraphQL WebSocket connection: the session SmallRye's protocol handler talks through, plus the
 * operations that {@link SocketOperations} serve on it in SmallRye's stead.
 */
public final class SocketConnection implements GraphQLWebSocketSession {

    private static final Logger LOG = Logger.getLogger(SocketConnection.class);
    /** graphql-transport-ws: a second subscribe with an id in use closes the connection. */
    private static final short SUBSCRIBER_EXISTS = 4409;
    /** Holds an operation id while its subscription starts. */
    private static final Runnable STARTING = () -> {};

    private final ServerWebSocket socket;
    private final RoutingContext upgrade;
    private final Map<String, Object> executionContext;
    private final Context context;

    /** The operations served here by id, each with what stops it. */
    private final Map<String, Runnable> subscriptions = new ConcurrentHashMap<>();

    private volatile boolean acknowledged;

    SocketConnection(
            ServerWebSocket socket, RoutingContext upgrade, Map<String, Object> executionContext, Context context) {
        this.socket = socket;
        this.upgrade = upgrade;
        this.executionContext = executionContext;
        this.context = context;
    }

    @Override
    public void sendMessage(String message) {
        if (!acknowledged) {
            acknowledged = "connection_ack".equals(new JsonObject(message).getString("type"));
        }
        socket.writeTextMessage(message);
    }

    @Override
    public void close(short code, String reason) {
        socket.close(code, reason);
    }

    @Override
    public boolean isClosed() {
        return socket.isClosed();
    }

    /** Whether SmallRye accepted connection_init (and with it the token). */
    public boolean acknowledged() {
        return acknowledged;
    }

    /** Who connected, as connection_init's token says; null when nobody signed in. */
    public SecurityIdentity identity() {
        return upgrade.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    /** What SmallRye executes this connection's operations with: its request context and identity. */
    public Map<String, Object> executionContext() {
        return executionContext;
    }

    /** The connection's event loop. */
    public Context context() {
        return context;
    }

    /** Claims an operation id; false, and the connection closed as the protocol says, when it is in use. */
    public boolean claim(String id) {
        if (subscriptions.putIfAbsent(id, STARTING) == null) {
            return true;
        }
        close(SUBSCRIBER_EXISTS, "Subscriber for " + id + " already exists");
        return false;
    }

    /** The claimed operation is live until {@code stop}; stopped at once if it ended meanwhile. */
    public void started(String id, Runnable stop) {
        if (!subscriptions.replace(id, STARTING, stop) || socket.isClosed()) {
            stop.run();
        }
    }

    /** The client's complete: false when the operation is not one served here. */
    boolean stop(String id) {
        Runnable stop = subscriptions.remove(id);
        if (stop != null) {
            stop.run();
        }
        return stop != null;
    }

    public void next(String id, String payload) {
        send(id, "next", payload);
    }

    /** Ends an operation with GraphQL errors (a {@code GraphQLError[]} as JSON). */
    public void fail(String id, JsonArray errors) {
        stop(id);
        send(id, "error", errors.encode());
    }

    void closed() {
        subscriptions.values().forEach(Runnable::run);
        subscriptions.clear();
    }

    public void fail(String id, Throwable failure) {
        JsonObject extensions = new JsonObject();
        ErrorCode code = failure.getClass().getAnnotation(ErrorCode.class);
        if (code != null) {
            extensions.put("code", code.value());
        }
        if (failure instanceof InvalidInput invalid) {
            extensions.put("field", invalid.field());
        }
        if (!(failure instanceof ApiException)) {
            LOG.warn("A subscription failed", failure);
        }
        // As SmallRye answers: the message of errors meant for the caller, nothing of the others.
        fail(
                id,
                new JsonArray(List.of(new JsonObject()
                        .put("message", failure instanceof ApiException ? failure.getMessage() : "System error")
                        .put("extensions", extensions))));
    }

    void send(String id, String type, String payload) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(
                    "{\"id\":" + Json.encode(id) + ",\"type\":\"" + type + "\",\"payload\":" + payload + "}");
        }
    }
}
