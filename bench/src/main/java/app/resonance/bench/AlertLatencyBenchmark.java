package app.resonance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Alert latency: S graphql-transport-ws subscribers of one workspace's {@code alerts} (Vert.x WebSocket
 * clients), a warm-up stream of W writes, then a measured stream of M publication writes, each of which
 * flips exactly one cell (a competitor story appears in a channel
 * of weight 1 for a segment of r 1: g = 1.0 → MODERATE; its deletion: g = 0 → NONE). Measures, per
 * subscriber and alert, the time from sending the mutation (an upper bound of its commit) to the
 * alert's arrival, and counts alerts lost and duplicated.
 *
 * <pre>java -cp bench/target/resonance-bench.jar app.resonance.bench.AlertLatencyBenchmark
 *     --url http://localhost:8098 --keycloak http://localhost:8180 [--subscribers 1000] [--warmup 600] [--mutations 200]
 *     [--channels 20] [--interval-ms 50]</pre>
 */
public final class AlertLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Event loops reading the subscribers' sockets. */
    private static final int SOCKET_THREADS = 2;
    /** The SPA's selection (its AlertFields fragment). */
    private static final String SUBSCRIPTION = "subscription($w: ID) { alerts(workspaceId: $w) { id workspaceId"
            + " segmentId channelId segment { id name } channel { id name type } oldUrgency newUrgency gap state raisedAt"
            + " publicationId assignee acknowledgedAt acknowledgedBy resolvedAt resolvedBy resolution } }";

    private final String url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String token;

    private AlertLatencyBenchmark(String url, String token) {
        this.url = url;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8098");
        int subscribers = Integer.parseInt(options.getOrDefault("subscribers", "1000"));
        int mutations = Integer.parseInt(options.getOrDefault("mutations", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "600"));
        int channels = Integer.parseInt(options.getOrDefault("channels", "20"));
        long interval = Long.parseLong(options.getOrDefault("interval-ms", "50"));
        String token = token(options.getOrDefault("keycloak", "http://localhost:8180"));
        new AlertLatencyBenchmark(url, token).run(subscribers, warmup, mutations, channels, interval);
    }

    private void run(int subscriberCount, int warmup, int mutations, int channelCount, long intervalMillis)
            throws Exception {
        // A workspace with one segment (r 1), channels of weight 1, the client and one competitor.
        String ws = query(
                        "mutation($n: String!) { createWorkspace(input: {name: $n}) { id } }",
                        Map.of("n", "Alert benchmark " + System.currentTimeMillis()))
                .at("/createWorkspace/id")
                .asText();
        String segment = query(
                        "mutation($w: ID!) { createSegment(workspaceId: $w, input: {name: \"Everyone\", "
                                + "immersion: GENERAL, reactionWeight: 1}) { id } }",
                        Map.of("w", ws))
                .at("/createSegment/id")
                .asText();
        query(
                "mutation($w: ID!) { createBrand(workspaceId: $w, input: {name: \"Client\", kind: CLIENT}) { id } }",
                Map.of("w", ws));
        String competitor = query(
                        "mutation($w: ID!) { createBrand(workspaceId: $w, input: {name: \"Rival\", kind: COMPETITOR}) { id } }",
                        Map.of("w", ws))
                .at("/createBrand/id")
                .asText();
        List<String> channels = new ArrayList<>();
        List<Map<String, Object>> weights = new ArrayList<>();
        for (int c = 0; c < channelCount; c++) {
            String channel = query(
                            "mutation($w: ID!, $n: String!) { createChannel(workspaceId: $w, input: {name: $n, type: MEDIA}) { id } }",
                            Map.of("w", ws, "n", "Channel " + c))
                    .at("/createChannel/id")
                    .asText();
            channels.add(channel);
            weights.add(Map.of("segmentId", segment, "channelId", channel, "weight", 1));
        }
        query(
                "mutation($w: ID!, $ws: [ChannelWeightInput!]!) { setChannelWeights(workspaceId: $w, weights: $ws) { weight } }",
                Map.of("w", ws, "ws", weights));

        // Subscribers, then a probe write that every one of them must see before the measurement starts.
        Map<String, Integer> channelIndex = new ConcurrentHashMap<>();
        for (int c = 0; c < channels.size(); c++) {
            channelIndex.put(channels.get(c), c);
        }
        List<Subscriber> subscribers = new ArrayList<>();
        for (int s = 0; s < subscriberCount; s++) {
            subscribers.add(new Subscriber(channelIndex));
        }
        long connecting = System.nanoTime();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(SOCKET_THREADS));
        WebSocketClient client =
                vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(subscriberCount));
        List<CompletableFuture<Void>> connected = new ArrayList<>();
        for (Subscriber subscriber : subscribers) {
            connected.add(subscriber.connect(client, url, token, ws));
        }
        CompletableFuture.allOf(connected.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        System.out.printf(
                "%d subscribers connected and subscribed in %.1f s%n",
                subscriberCount, (System.nanoTime() - connecting) / 1e9);
        String probe = publish(ws, competitor, channels.get(0), segment);
        Subscriber.expectAll(subscribers, 1, Duration.ofSeconds(60));
        delete(ws, probe);
        Subscriber.expectAll(subscribers, 2, Duration.ofSeconds(60));
        subscribers.forEach(Subscriber::reset);

        // A warm-up stream first, so that the JIT compilers of server and client are done and the figures
        // show the steady state; then the measured stream.
        String[] story = new String[channels.size()];
        if (warmup > 0) {
            stream(ws, competitor, segment, channels, story, warmup, intervalMillis);
            Subscriber.awaitQuiet(subscribers, warmup, Duration.ofSeconds(30));
            subscribers.forEach(Subscriber::reset);
            System.out.printf("%d warm-up writes done%n", warmup);
        }
        long started = System.nanoTime();
        long[] sent = stream(ws, competitor, segment, channels, story, mutations, intervalMillis);
        double seconds = (System.nanoTime() - started) / 1e9;
        Subscriber.awaitQuiet(subscribers, mutations, Duration.ofSeconds(30));

        // Alert k of channel c is the answer to the k-th write to channel c.
        List<Long> latencies = new ArrayList<>();
        long lost = 0;
        long duplicated = 0;
        for (Subscriber subscriber : subscribers) {
            duplicated += subscriber.duplicates.get();
            for (int m = 0; m < mutations; m++) {
                Long received = subscriber.receivedAt(m % channels.size(), m / channels.size());
                if (received == null) {
                    lost++;
                } else {
                    latencies.add(received - sent[m]);
                }
            }
        }
        int stored = storedAlerts(ws);
        subscribers.forEach(Subscriber::close);
        vertx.close();

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "%d writes in %.1f s (%.0f/s), each flipping one cell; %d subscribers on one instance%n",
                mutations, seconds, mutations / seconds, subscriberCount);
        int expectedStored = 2 + warmup + mutations;
        System.out.printf(
                "alerts stored: %d (expected %d: the probe's 2, %d warm-up, %d measured)%n",
                stored, expectedStored, warmup, mutations);
        System.out.printf(
                "deliveries: %d expected, %d received, %d lost, %d duplicated%n",
                (long) mutations * subscriberCount, sorted.length, lost, duplicated);
        // One line for scripts that run this client beside other load (hostile-load-benchmark.py).
        System.out.printf(
                "ALERT-RESULT %d %d %d %d %.1f %.1f %.1f%n",
                (long) mutations * subscriberCount,
                sorted.length,
                lost,
                duplicated,
                sorted.length > 0 ? percentile(sorted, 50) : Double.NaN,
                sorted.length > 0 ? percentile(sorted, 95) : Double.NaN,
                sorted.length > 0 ? percentile(sorted, 99) : Double.NaN);
        if (sorted.length > 0) {
            System.out.printf(
                    "latency from sending the write to the alert's arrival: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms%n",
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6);
            double p99 = percentile(sorted, 99);
            System.out.printf(
                    "goal p99 <= 100 ms: %s; goal none lost or duplicated: %s%n",
                    p99 <= 100 ? "met" : "MISSED",
                    lost == 0 && duplicated == 0 && stored == expectedStored ? "met" : "MISSED");
        }
    }

    private int storedAlerts(String ws) throws Exception {
        int stored = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("w", ws));
            variables.put("after", after);
            JsonNode page = query(
                            "query($w: ID!, $after: String) { alerts(workspaceId: $w, first: 500, after: $after) {"
                                    + " edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                            variables)
                    .at("/alerts");
            stored += page.at("/edges").size();
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asText()
                    : null;
        } while (after != null);
        return stored;
    }

    /** Writes round robin over the channels, each flipping its channel's cell; returns when each was sent. */
    private long[] stream(
            String ws,
            String competitor,
            String segment,
            List<String> channels,
            String[] story,
            int count,
            long intervalMillis)
            throws Exception {
        long[] sent = new long[count];
        long started = System.nanoTime();
        for (int m = 0; m < count; m++) {
            int c = m % channels.size();
            long wait = started + m * intervalMillis * 1_000_000 - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sent[m] = System.nanoTime();
            if (story[c] == null) {
                story[c] = publish(ws, competitor, channels.get(c), segment);
            } else {
                delete(ws, story[c]);
                story[c] = null;
            }
        }
        return sent;
    }

    private String publish(String ws, String brand, String channel, String segment) throws Exception {
        return query(
                        "mutation($w: ID!, $i: PublicationInput!) { createPublication(workspaceId: $w, input: $i) { id } }",
                        Map.of(
                                "w",
                                ws,
                                "i",
                                Map.of(
                                        "title",
                                        "Rival story",
                                        "brandId",
                                        brand,
                                        "channelId",
                                        channel,
                                        "publishedAt",
                                        LocalDate.now(ZoneOffset.UTC) + "T06:00:00Z",
                                        "weight",
                                        1,
                                        "assessments",
                                        List.of(Map.of("segmentId", segment, "impact", 1, "sentiment", "POSITIVE")))))
                .at("/createPublication/id")
                .asText();
    }

    private void delete(String ws, String publication) throws Exception {
        query(
                "mutation($w: ID!, $id: ID!) { deletePublication(workspaceId: $w, id: $id) }",
                Map.of("w", ws, "id", publication));
    }

    private JsonNode query(String query, Map<String, Object> variables) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build();
        JsonNode answer = JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        if (answer.has("errors")) {
            throw new IllegalStateException("GraphQL error: " + answer.get("errors"));
        }
        return answer.get("data");
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String token(String keycloak) throws Exception {
        String form = "grant_type=password&client_id=resonance-web&username=admin&password=demo";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/resonance/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return JSON.readTree(HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.ofString())
                        .body())
                .get("access_token")
                .asText();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException(
                        "Unexpected argument " + args[i] + "; see the class comment for usage");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** One graphql-ws connection: the arrival time of the k-th alert per channel, and duplicate alert ids. */
    private static final class Subscriber {

        private final Map<String, Integer> channelIndex;
        private final Map<String, Boolean> seenIds = new ConcurrentHashMap<>();
        private final Map<Integer, List<Long>> arrivals = new ConcurrentHashMap<>();
        private final AtomicInteger received = new AtomicInteger();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final AtomicLong lastArrival = new AtomicLong();
        private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        private WebSocket socket;

        Subscriber(Map<String, Integer> channelIndex) {
            this.channelIndex = channelIndex;
        }

        CompletableFuture<Void> connect(WebSocketClient client, String url, String token, String ws) {
            WebSocketConnectOptions options = new WebSocketConnectOptions()
                    .setAbsoluteURI(url.replaceFirst("^http", "ws") + "/graphql")
                    .addSubProtocol("graphql-transport-ws");
            return client.connect(options)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .thenCompose(socket -> {
                        this.socket = socket;
                        socket.textMessageHandler(text -> handle(text, System.nanoTime()));
                        return socket.writeTextMessage(json(Map.of(
                                        "type",
                                        "connection_init",
                                        "payload",
                                        Map.of("Authorization", "Bearer " + token))))
                                .toCompletionStage();
                    })
                    .thenCompose(sent -> acknowledged)
                    .thenCompose(ack -> socket.writeTextMessage(json(Map.of(
                                    "id",
                                    "1",
                                    "type",
                                    "subscribe",
                                    "payload",
                                    Map.of("query", SUBSCRIPTION, "variables", Map.of("w", ws)))))
                            .toCompletionStage());
        }

        private void handle(String text, long now) {
            try {
                JsonNode message = JSON.readTree(text);
                switch (message.get("type").asText()) {
                    case "connection_ack" -> acknowledged.complete(null);
                    case "next" -> {
                        JsonNode alert = message.at("/payload/data/alerts");
                        if (seenIds.putIfAbsent(alert.get("id").asText(), true) != null) {
                            duplicates.incrementAndGet();
                            return;
                        }
                        arrivals.computeIfAbsent(
                                        channelIndex.get(alert.get("channelId").asText()), c -> new ArrayList<>())
                                .add(now);
                        received.incrementAndGet();
                        lastArrival.set(now);
                    }
                    case "ping" -> socket.writeTextMessage("{\"type\":\"pong\"}");
                    default -> System.err.println("Unexpected message: " + text);
                }
            } catch (Exception e) {
                System.err.println("Unreadable message " + text + ": " + e);
            }
        }

        synchronized Long receivedAt(int channel, int k) {
            List<Long> times = arrivals.get(channel);
            return times == null || times.size() <= k ? null : times.get(k);
        }

        void reset() {
            arrivals.clear();
            received.set(0);
        }

        void close() {
            socket.close();
        }

        static void expectAll(List<Subscriber> subscribers, int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (subscribers.stream().anyMatch(s -> s.received.get() < count)) {
                if (System.nanoTime() > deadline) {
                    long behind = subscribers.stream()
                            .filter(s -> s.received.get() < count)
                            .count();
                    throw new IllegalStateException(behind + " subscribers did not receive the probe alert");
                }
                Thread.sleep(20);
            }
        }

        /** Waits until all alerts arrived, or nothing arrived for the timeout. */
        static void awaitQuiet(List<Subscriber> subscribers, int count, Duration timeout) throws InterruptedException {
            while (subscribers.stream().anyMatch(s -> s.received.get() < count)) {
                long last = subscribers.stream()
                        .mapToLong(s -> s.lastArrival.get())
                        .max()
                        .orElse(0);
                if (System.nanoTime() - last > timeout.toNanos()) {
                    return;
                }
                Thread.sleep(50);
            }
        }

        private static String json(Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
