package app.resonance.support;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A graphql-transport-ws client over the JDK's WebSocket, collecting what the server sends. */
public final class GraphQLSocket implements AutoCloseable {

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQLSocket(URI uri) {
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(uri, new Collector())
                .join();
    }

    /** Opens the socket without a word: the caller sends what it likes with {@link #sendText}. */
    public static GraphQLSocket open(URI uri) {
        return new GraphQLSocket(uri);
    }

    /** Opens the socket and sends connection_init, with the bearer token when one is given. */
    public static GraphQLSocket connect(URI uri, String token) {
        GraphQLSocket client = new GraphQLSocket(uri);
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (token != null) {
            init.put("payload", new JsonObject().put("Authorization", "Bearer " + token));
        }
        client.send(init);
        return client;
    }

    public void subscribe(String id, String query) {
        subscribe(id, query, new JsonObject());
    }

    public void subscribe(String id, String query, JsonObject variables) {
        send(new JsonObject()
                .put("id", id)
                .put("type", "subscribe")
                .put("payload", new JsonObject(Map.of("query", query, "variables", variables))));
    }

    /** Ends the subscription with this id. */
    public void complete(String id) {
        send(new JsonObject().put("id", id).put("type", "complete"));
    }

    /** A ping: the server handles a connection's messages in order, so its pong says all before it was handled. */
    public void ping() {
        send(new JsonObject().put("type", "ping"));
    }

    /** The next message from the server, or null when none came in time. */
    public JsonObject next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The close code the server sent, or null when it did not close in time. */
    public Integer closeCode(Duration timeout) {
        try {
            return closeCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    private void send(JsonObject message) {
        sendText(message.encode());
    }

    /** Sends any text, well-formed or not. */
    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = new JsonObject(partial.toString());
                partial.setLength(0);
                if ("ping".equals(message.getString("type"))) {
                    webSocket.sendText(new JsonObject().put("type", "pong").encode(), true);
                } else {
                    messages.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}
