package app.resonance.alert;

import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Serves the {@code alerts} subscription of graphql-transport-ws connections: each alert is rendered
 * once per distinct selection (one GraphQL execution of {@link AlertSubscription#renderQuery}) and the
 * same payload goes to every subscriber with that selection. SmallRye would execute the selection once
 * per subscriber and alert (about 100 µs each, so 1,000 subscribers waited 100 ms and more).
 *
 * Sharing the rendering is sound because an alert reads the same for every member of its workspace,
 * and a subscriber only receives alerts of workspaces it was checked to belong to.
 */
@ApplicationScoped
class AlertFanOut {

    private static final Logger LOG = Logger.getLogger(AlertFanOut.class);
    /** Rendered alerts kept for subscribers still on their way to them (a replay, a slow socket). */
    private static final int RENDERED = 1_024;

    private static final String SYSTEM_ERROR = "{\"data\":null,\"errors\":[{\"message\":\"System error\"}]}";

    private final AlertService alerts;
    private final AlertFeed feed;
    private final ExecutionService execution;
    private final GraphQLSchema schema;
    private final Counter renders;
    private final Counter deliveries;
    private final Map<Rendering, CompletableFuture<String>> rendered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Rendering, CompletableFuture<String>> eldest) {
            return size() > RENDERED;
        }
    };

    AlertFanOut(
            AlertService alerts,
            AlertFeed feed,
            ExecutionService execution,
            GraphQLSchema schema,
            MeterRegistry registry) {
        this.alerts = alerts;
        this.feed = feed;
        this.execution = execution;
        this.schema = schema;
        this.renders = Counter.builder("resonance.alerts.renders")
                .description("GraphQL executions rendering an alert for the subscribers of one selection")
                .register(registry);
        this.deliveries = Counter.builder("resonance.alerts.deliveries")
                .description("Alerts sent to subscribers over graphql-transport-ws")
                .register(registry);
    }

    /**
     * Takes an alerts subscription (or its complete) off SmallRye's hands; false for any other message,
     * and before connection_ack, so that SmallRye answers those as the protocol says.
     */
    boolean handles(AlertSocket socket, String text) {
        if (!socket.acknowledged()) {
            return false;
        }
        JsonObject message;
        try {
            message = new JsonObject(text);
        } catch (DecodeException e) {
            return false;
        }
        if (!(message.getValue("id") instanceof String id)) {
            return false;
        }
        if ("complete".equals(message.getValue("type"))) {
            return socket.stop(id);
        }
        if (!"subscribe".equals(message.getValue("type"))
                || !(message.getValue("payload") instanceof JsonObject payload)) {
            return false;
        }
        AlertSubscription subscription = AlertSubscription.of(payload);
        if (subscription == null) {
            return false;
        }
        if (!socket.claim(id)) {
            return true;
        }
        List<ValidationError> invalid = ParseAndValidate.validate(schema, subscription.document());
        if (invalid.isEmpty()) {
            start(socket, id, subscription);
        } else {
            socket.fail(
                    id,
                    new JsonArray(
                            invalid.stream().map(GraphQLError::toSpecification).toList()));
        }
        return true;
    }

    private void start(AlertSocket socket, String id, AlertSubscription subscription) {
        Delivery delivery = new Delivery(socket, id, subscription);
        Uni.createFrom()
                .item(() -> AlertService.since(subscription.since()))
                .chain(since -> alerts.audience(socket.identity(), subscription.workspaceId())
                        .map(audience -> feed.listen(audience, since, delivery, failure -> socket.fail(id, failure))))
                .subscribe()
                .with(stop -> socket.started(id, stop), failure -> socket.fail(id, failure));
    }

    /**
     * One alerts operation: each alert written as soon as it is rendered, in order. Plain futures, not a
     * Mutiny stream per subscriber: with 1,000 subscribers, the streams' per-item overhead (context
     * propagation around every step) cost more than the rendering.
     */
    private final class Delivery implements Consumer<AlertView> {
        private final AlertSocket socket;
        private final String id;
        private final AlertSubscription subscription;
        private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

        Delivery(AlertSocket socket, String id, AlertSubscription subscription) {
            this.socket = socket;
            this.id = id;
            this.subscription = subscription;
        }

        @Override
        public synchronized void accept(AlertView alert) {
            written = written.thenCombine(rendered(subscription, alert, socket), (ignored, payload) -> {
                // Counted before the write, so that whoever reads the alert also reads the count.
                deliveries.increment();
                socket.next(id, payload);
                return null;
            });
        }
    }

    private CompletableFuture<String> rendered(AlertSubscription subscription, AlertView alert, AlertSocket socket) {
        Rendering key = new Rendering(alert.id(), subscription.renderKey());
        synchronized (rendered) {
            return rendered.computeIfAbsent(key, ignored -> render(subscription, alert, socket));
        }
    }

    /** One execution, on the asking subscriber's connection with its identity, as SmallRye runs its operations. */
    private CompletableFuture<String> render(AlertSubscription subscription, AlertView alert, AlertSocket socket) {
        renders.increment();
        jakarta.json.JsonObject request = Json.createReader(new StringReader(new JsonObject()
                        .put("query", subscription.renderQuery())
                        .put("variables", subscription.renderVariables(alert))
                        .encode()))
                .readObject();
        CompletableFuture<String> payload = new CompletableFuture<>();
        socket.context()
                .runOnContext(ignored ->
                        execution.executeAsync(request, socket.executionContext(), new ExecutionResponseWriter() {
                            @Override
                            public void write(ExecutionResponse response) {
                                payload.complete(response.getExecutionResultAsString());
                            }

                            @Override
                            public void fail(Throwable failure) {
                                LOG.warnf(failure, "Could not render alert %d", alert.id());
                                payload.complete(SYSTEM_ERROR);
                            }
                        }));
        return payload;
    }

    /** An alert in one selection. */
    private record Rendering(long alertId, String selection) {}
}
