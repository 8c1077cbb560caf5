package app.resonance.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * One instance of the packaged app ({@code target/quarkus-app}, built by {@code package} before the
 * failsafe tests) in its own JVM, for tests that do to it what a unit test cannot: cut what it depends on
 * and watch it recover. Health is on the management port, {@code port + 1000}.
 */
public final class PackagedApp implements AutoCloseable {

    private final int port;
    private final Process process;

    private PackagedApp(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the instance with the shared test stack's users and Keycloak; {@code environment} adds to or
     * overrides them (e.g. {@code DB_URL}, {@code KEYCLOAK_URL}). Answers once the instance is ready.
     */
    public static PackagedApp start(String name, int port, Map<String, String> environment) {
        PackagedApp app = launch(name, port, environment);
        app.awaitReady();
        return app;
    }

    /**
     * Starts one instance per name and port at the same moment, as a deployment's replicas start, with
     * the same {@code environment}; answers once all are ready. When one fails, the others are stopped.
     */
    public static List<PackagedApp> startTogether(Map<String, Integer> portsByName, Map<String, String> environment) {
        List<PackagedApp> apps = portsByName.entrySet().stream()
                .map(instance -> launch(instance.getKey(), instance.getValue(), environment))
                .toList();
        try {
            apps.forEach(PackagedApp::awaitReady);
        } catch (RuntimeException | AssertionError failure) {
            apps.forEach(PackagedApp::close);
            throw failure;
        }
        return apps;
    }

    private static PackagedApp launch(String name, int port, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DB_URL",
                System.getenv().getOrDefault("DB_URL", "postgresql://127.0.0.1:15432/resonance_test"),
                "DB_USER",
                "resonance",
                "DB_PASSWORD",
                "resonance",
                "KEYCLOAK_URL",
                TestUsers.KEYCLOAK,
                "PORT",
                Integer.toString(port),
                "MANAGEMENT_PORT",
                Integer.toString(port + 1000),
                "RESONANCE_DEMO",
                "false"));
        env.putAll(environment);
        String java = ProcessHandle.current().info().command().orElse("java");
        return new PackagedApp(
                port,
                Processes.start(
                        List.of(java, "-jar", "target/quarkus-app/quarkus-run.jar"),
                        new File("."),
                        env,
                        "[" + name + "] "));
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + (port + 1000) + "/q/health/ready");
        // The instance starts beside other tests on a shared machine: give it time.
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the app exited with " + process.exitValue() + " while starting");
                    }
                    return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                });
    }

    public int port() {
        return port;
    }

    /** The operating system's process id: the same one before and after a fault means it was not restarted. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
