package app.resonance.common.livefeed;

import app.resonance.common.graphql.SocketConnection;
import app.resonance.common.graphql.SocketOperations;
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
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Serves the live feeds' subscriptions of graphql-transport-ws connections: each item is rendered once
 * per distinct selection (one GraphQL execution of {@link FeedSubscription#renderQuery}) and the same
 * payload goes to every subscriber with that selection. SmallRye 2.17 would execute the selection once per
 * subscriber and item (about 100 µs each, so 1,000 alert subscribers waited 100 ms and more); this can go
 * when SmallRye shares a subscription's execution between subscribers with the same selection.
 *
 * Sharing the rendering is sound because an item reads the same for every member of its workspace (the
 * {@link LiveFeed} contract), and a subscriber only receives items of workspaces it was checked to belong to.
 */
@ApplicationScoped
class FanOut implements SocketOperations {

    private static final Logger LOG = Logger.getLogger(FanOut.class);
    /** Rendered items kept for subscribers still on their way to them (a replay, a slow socket). */
    private static final int RENDERED = 1_024;

    private static final String SYSTEM_ERROR = "{\"data\":null,\"errors\":[{\"message\":\"System error\"}]}";

    private final LiveFeeds feeds;
    private final ExecutionService execution;
    private final GraphQLSchema schema;
    /** Per subscription field: GraphQL executions and deliveries. */
    private final Map<String, Counter> renders = new HashMap<>();

    private final Map<String, Counter> deliveries = new HashMap<>();
    private final Map<Rendering, CompletableFuture<String>> rendered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Rendering, CompletableFuture<String>> eldest) {
            return size() > RENDERED;
        }
    };

    FanOut(LiveFeeds feeds, ExecutionService execution, GraphQLSchema schema, MeterRegistry registry) {
        this.feeds = feeds;
        this.execution = execution;
        this.schema = schema;
        for (FeedChannel<?> channel : feeds.channels()) {
            String field = channel.feed().field();
            renders.put(
                    field,
                    Counter.builder("resonance." + field + ".renders")
                            .description("GraphQL executions rendering an item for the subscribers of one selection")
                            .register(registry));
            deliveries.put(
                    field,
                    Counter.builder("resonance." + field + ".deliveries")
                            .description("Items sent to subscribers over graphql-transport-ws")
                            .register(registry));
        }
    }

    @Override
    public boolean handles(SocketConnection connection, String id, JsonObject payload) {
        FeedSubscription subscription = FeedSubscription.of(payload, feeds);
        if (subscription == null) {
            return false;
        }
        if (!connection.claim(id)) {
            return true;
        }
        List<ValidationError> invalid = ParseAndValidate.validate(schema, subscription.document());
        if (invalid.isEmpty()) {
            start(connection, id, subscription);
        } else {
            connection.fail(
                    id,
                    new JsonArray(
                            invalid.stream().map(GraphQLError::toSpecification).toList()));
        }
        return true;
    }

    private void start(SocketConnection connection, String id, FeedSubscription subscription) {
        FeedChannel<?> channel = subscription.channel();
        Delivery delivery = new Delivery(connection, id, subscription);
        Uni.createFrom()
                .item(() -> LiveFeeds.since(channel.feed(), subscription.since()))
                .chain(since -> channel.feed()
                        .audience(connection.identity(), subscription.workspaceId())
                        .map(audience ->
                                channel.listen(audience, since, delivery, failure -> connection.fail(id, failure))))
                .subscribe()
                .with(stop -> connection.started(id, stop), failure -> connection.fail(id, failure));
    }

    /**
     * One feed operation: each item written as soon as it is rendered, in order. Plain futures, not a
     * Mutiny stream per subscriber: with 1,000 subscribers, the streams' per-item overhead (context
     * propagation around every step) cost more than the rendering.
     */
    private final class Delivery implements Consumer<LiveItem<?>> {
        private final SocketConnection connection;
        private final String id;
        private final FeedSubscription subscription;
        private final Counter delivered;
        private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

        Delivery(SocketConnection connection, String id, FeedSubscription subscription) {
            this.connection = connection;
            this.id = id;
            this.subscription = subscription;
            this.delivered = deliveries.get(subscription.channel().feed().field());
        }

        @Override
        public synchronized void accept(LiveItem<?> item) {
            written = written.thenCombine(rendered(subscription, item, connection), (ignored, payload) -> {
                // Counted before the write, so that whoever reads the item also reads the count.
                delivered.increment();
                connection.next(id, payload);
                return null;
            });
        }
    }

    private CompletableFuture<String> rendered(
            FeedSubscription subscription, LiveItem<?> item, SocketConnection connection) {
        Rendering key = new Rendering(item.id(), subscription.renderKey());
        synchronized (rendered) {
            return rendered.computeIfAbsent(key, ignored -> render(subscription, item, connection));
        }
    }

    /** One execution, on the asking subscriber's connection with its identity, as SmallRye runs its operations. */
    private CompletableFuture<String> render(
            FeedSubscription subscription, LiveItem<?> item, SocketConnection connection) {
        renders.get(subscription.channel().feed().field()).increment();
        jakarta.json.JsonObject request = Json.createReader(new StringReader(new JsonObject()
                        .put("query", subscription.renderQuery())
                        .put("variables", subscription.renderVariables(item))
                        .encode()))
                .readObject();
        CompletableFuture<String> payload = new CompletableFuture<>();
        connection
                .context()
                .runOnContext(ignored ->
                        execution.executeAsync(request, connection.executionContext(), new ExecutionResponseWriter() {
                            @Override
                            public void write(ExecutionResponse response) {
                                payload.complete(response.getExecutionResultAsString());
                            }

                            @Override
                            public void fail(Throwable failure) {
                                LOG.warnf(
                                        failure,
                                        "Could not render %s %d",
                                        subscription.channel().feed().itemField(),
                                        item.id());
                                payload.complete(SYSTEM_ERROR);
                            }
                        }));
        return payload;
    }

    /** An item in one selection (which names the item's field, so items of different feeds never meet). */
    private record Rendering(long itemId, String selection) {}
}
