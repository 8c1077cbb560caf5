package app.resonance.common.graphql;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The GraphQL endpoint's WebSocket connections: Quarkus' own SmallRye handling (the token in
 * connection_init, every operation, pings) with three changes. {@link SocketOperations} (the live feeds)
 * serve the subscriptions they take, since SmallRye 2.17 executes a subscription's selection once per
 * subscriber and event. Every operation a connection starts is charged to its caller
 * ({@link SubscribeGate}): the upgrade is one HTTP request, the operations over it are many. And a message
 * of an unknown type closes the connection with 4400, as graphql-transport-ws says (SmallRye 2.17 throws
 * and leaves it open). Connections of the legacy graphql-ws protocol come here too, so that their
 * operations ({@code start}) are charged as well; SmallRye alone serves them.
 *
 * <p>Quarkus has no hook into its GraphQL WebSocket route, so this takes the route over (order -100, just
 * before Quarkus' own at -99) built on Quarkus' runtime classes ({@code SmallRyeGraphQLOverWebSocketHandler}
 * and the {@code SmallRyeAuth…SubprotocolHandler}s), which are not an API: the WebSocket tests
 * ({@code AlertTest}, {@code AlertFanOutIT}, {@code WorkspaceSubscriptionTest}, the WebSocket cases of
 * {@code HostileInputTest}, {@code SubscribeRateLimitTest}) guard an upgrade. It can go when SmallRye shares
 * a subscription's rendering between subscribers, Quarkus lets an application count operations over a
 * socket, and SmallRye closes on unknown messages.
 */
@Singleton
public class GraphQLSocketEndpoint extends SmallRyeGraphQLOverWebSocketHandler {

    private static final Logger LOG = Logger.getLogger(GraphQLSocketEndpoint.class);
    private static final String PROTOCOL = "graphql-transport-ws";
    private static final String LEGACY_PROTOCOL = "graphql-ws";
    /** Just before SmallRye's WebSocket route (-99), after authentication. */
    private static final int ORDER = -100;

    private final List<SocketOperations> operations;
    private final List<SubscribeGate> gates;
    private final Optional<String> tokenField;
    private final String path;

    GraphQLSocketEndpoint(
            CurrentIdentityAssociation identities,
            CurrentVertxRequest requests,
            Instance<SocketOperations> operations,
            Instance<SubscribeGate> gates,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
                    Optional<String> tokenField,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        super(identities, requests, false, tokenField);
        this.operations = operations.stream().toList();
        this.gates = gates.stream().toList();
        this.tokenField = tokenField;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
    }

    void route(@Observes Router router) {
        router.route(path).order(ORDER).handler(ctx -> {
            if (wantsGraphQLOverWebSocket(ctx.request())) {
                handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean wantsGraphQLOverWebSocket(HttpServerRequest request) {
        String protocols = request.getHeader("Sec-WebSocket-Protocol");
        return request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                && protocols != null
                && (protocols.contains(PROTOCOL) || protocols.contains(LEGACY_PROTOCOL));
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Map<String, Object> executionContext = getMetaData(ctx);
        ctx.request()
                .toWebSocket()
                .onFailure(failure -> LOG.warn("WebSocket upgrade failed", failure))
                .onSuccess(ws -> {
                    SocketConnection connection =
                            new SocketConnection(ws, ctx, executionContext, Vertx.currentContext());
                    boolean transportWs = PROTOCOL.equals(ws.subProtocol());
                    GraphQLWebsocketHandler protocol = transportWs
                            ? new SmallRyeAuthGraphQLTransportWSSubprotocolHandler(
                                    connection, executionContext, ctx, this, tokenField)
                            : new SmallRyeAuthGraphQLWSSubprotocolHandler(
                                    connection, executionContext, ctx, this, tokenField);
                    Inbox inbox = new Inbox(ws, ctx, connection, protocol, transportWs);
                    ws.textMessageHandler(inbox::receive);
                    ws.closeHandler(ignored -> {
                        connection.closed();
                        protocol.onClose();
                    });
                    ws.endHandler(ignored -> protocol.onEnd());
                    ws.exceptionHandler(protocol::onThrowable);
                });
    }

    /**
     * One connection's messages, handled in the order they came (a pong answers for everything sent before
     * the ping), also while an operation waits for the gate's verdict: later messages wait behind it. The
     * verdict is mostly there at once (the rate limiter answers from its copy of the bucket).
     */
    private final class Inbox {
        private final ServerWebSocket ws;
        private final RoutingContext upgrade;
        private final SocketConnection connection;
        private final GraphQLWebsocketHandler protocol;
        private final boolean transportWs;
        private final Context context;
        private final Queue<String> waiting = new ArrayDeque<>();
        private boolean awaitingVerdict;

        Inbox(
                ServerWebSocket ws,
                RoutingContext upgrade,
                SocketConnection connection,
                GraphQLWebsocketHandler protocol,
                boolean transportWs) {
            this.ws = ws;
            this.upgrade = upgrade;
            this.connection = connection;
            this.protocol = protocol;
            this.transportWs = transportWs;
            this.context = Vertx.currentContext();
        }

        /** On the connection's event loop, as every step below. */
        void receive(String text) {
            waiting.add(text);
            drain();
        }

        private void drain() {
            String next;
            while (!awaitingVerdict && (next = waiting.poll()) != null) {
                handle(next);
            }
        }

        private void handle(String text) {
            JsonObject message = connection.acknowledged() ? parsed(text) : null;
            String id = message != null && message.getValue("id") instanceof String given ? given : null;
            Object type = message == null ? null : message.getValue("type");
            if (id == null || !(transportWs ? "subscribe" : "start").equals(type)) {
                if (!(transportWs && "complete".equals(type) && id != null && connection.stop(id))) {
                    toSmallRye(text);
                }
                return;
            }
            CompletableFuture<JsonObject> verdict = admitted();
            if (verdict.isDone()) {
                start(id, message, text, verdict.join());
                return;
            }
            awaitingVerdict = true;
            verdict.whenComplete((refusal, failure) -> context.runOnContext(ignored -> {
                awaitingVerdict = false;
                start(id, message, text, refusal);
                drain();
            }));
        }

        private void start(String id, JsonObject message, String text, JsonObject refusal) {
            if (refusal != null) {
                // The operation is answered and forgotten; the connection and its other operations go on.
                connection.send(
                        id, "error", transportWs ? new JsonArray().add(refusal).encode() : refusal.encode());
            } else if (!(transportWs
                    && message.getValue("payload") instanceof JsonObject payload
                    && operations.stream().anyMatch(served -> served.handles(connection, id, payload)))) {
                toSmallRye(text);
            }
        }

        /** The first refusal of the gates, or null; gates that fail let the operation through. */
        private CompletableFuture<JsonObject> admitted() {
            CompletableFuture<JsonObject> verdict = CompletableFuture.completedFuture(null);
            for (SubscribeGate gate : gates) {
                verdict = verdict.thenCompose(refusal -> refusal != null
                        ? CompletableFuture.completedFuture(refusal)
                        : gate.admit(upgrade).toCompletableFuture());
            }
            return verdict.exceptionally(failure -> {
                LOG.warn("An operation over a WebSocket was let through unchecked", failure);
                return null;
            });
        }

        private void toSmallRye(String text) {
            try {
                protocol.onMessage(text);
            } catch (RuntimeException unknownType) {
                // SmallRye 2.17 fails on a message type it does not know and leaves the socket open;
                // graphql-transport-ws closes it with 4400.
                ws.close((short) 4400, "Invalid message");
            }
        }

        private static JsonObject parsed(String text) {
            try {
                return new JsonObject(text);
            } catch (DecodeException e) {
                return null;
            }
        }
    }
}
