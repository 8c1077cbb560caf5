package app.resonance.alert;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The GraphQL endpoint's graphql-transport-ws connections: Quarkus' own SmallRye handling (the token in
 * connection_init, every operation, pings) with one change: {@link AlertFanOut} serves the
 * {@code alerts} subscriptions. Connections that offer only the legacy graphql-ws protocol stay with
 * SmallRye's route. Built on Quarkus' runtime classes, which are not an API: the WebSocket tests
 * ({@code AlertTest}, {@code AlertFanOutIT}, {@code WorkspaceSubscriptionTest}) guard an upgrade.
 */
@Singleton
class AlertSocketEndpoint extends SmallRyeGraphQLOverWebSocketHandler {

    private static final Logger LOG = Logger.getLogger(AlertSocketEndpoint.class);
    private static final String PROTOCOL = "graphql-transport-ws";
    /** Just before SmallRye's WebSocket route (-99), after authentication. */
    private static final int ORDER = -100;

    private final AlertFanOut fanOut;
    private final Optional<String> tokenField;
    private final String path;

    AlertSocketEndpoint(
            CurrentIdentityAssociation identities,
            CurrentVertxRequest requests,
            AlertFanOut fanOut,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
                    Optional<String> tokenField,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        super(identities, requests, false, tokenField);
        this.fanOut = fanOut;
        this.tokenField = tokenField;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
    }

    void route(@Observes Router router) {
        router.route(path).order(ORDER).handler(ctx -> {
            if (wantsThisProtocol(ctx.request())) {
                handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean wantsThisProtocol(HttpServerRequest request) {
        String protocols = request.getHeader("Sec-WebSocket-Protocol");
        return request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                && protocols != null
                && protocols.contains(PROTOCOL);
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Map<String, Object> executionContext = getMetaData(ctx);
        ctx.request()
                .toWebSocket()
                .onFailure(failure -> LOG.warn("WebSocket upgrade failed", failure))
                .onSuccess(ws -> {
                    AlertSocket socket = new AlertSocket(ws, ctx, executionContext, Vertx.currentContext());
                    // A client that offered the legacy graphql-ws too may have got it: SmallRye's handler, no fan-out.
                    boolean fannedOut = PROTOCOL.equals(ws.subProtocol());
                    GraphQLWebsocketHandler protocol = fannedOut
                            ? new SmallRyeAuthGraphQLTransportWSSubprotocolHandler(
                                    socket, executionContext, ctx, this, tokenField)
                            : new SmallRyeAuthGraphQLWSSubprotocolHandler(
                                    socket, executionContext, ctx, this, tokenField);
                    ws.textMessageHandler(text -> {
                        try {
                            if (!(fannedOut && fanOut.handles(socket, text))) {
                                protocol.onMessage(text);
                            }
                        } catch (RuntimeException unknownType) {
                            // SmallRye 2.17 fails on a message type it does not know and leaves the socket open;
                            // graphql-transport-ws closes it with 4400.
                            ws.close((short) 4400, "Invalid message");
                        }
                    });
                    ws.closeHandler(ignored -> {
                        socket.closed();
                        protocol.onClose();
                    });
                    ws.endHandler(ignored -> protocol.onEnd());
                    ws.exceptionHandler(protocol::onThrowable);
                });
    }
}
