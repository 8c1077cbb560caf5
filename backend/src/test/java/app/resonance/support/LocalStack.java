package app.resonance.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The real PostgreSQL and the real Keycloak for tests: reused when already running (e.g. by
 * ./run.sh or a previous test run), otherwise started with the scripts of infra/local and
 * stopped again at the end. With DB_URL / KEYCLOAK_URL in the environment nothing is started.
 * With RESONANCE_KEEP_STACK (test.sh) whoever started the stack stops it: it stays up between
 * test profiles and ITs.
 */
public class LocalStack implements QuarkusTestResourceLifecycleManager {

    private static final Path SCRIPTS =
            Path.of("..", "infra", "local").toAbsolutePath().normalize();
    private static final boolean KEPT = System.getenv("RESONANCE_KEEP_STACK") != null;
    private final Deque<String> started = new ArrayDeque<>();

    @Override
    public Map<String, String> start() {
        if (System.getenv("DB_URL") == null && !listening("127.0.0.1", 15432)) {
            run("postgres.sh", "start");
            if (!KEPT) {
                started.push("postgres.sh");
            }
        }
        if (System.getenv("KEYCLOAK_URL") == null && !responds(TestUsers.KEYCLOAK + "/realms/resonance")) {
            run("keycloak.sh", "start");
            if (!KEPT) {
                started.push("keycloak.sh");
            }
            // A fresh Keycloak imports the realm with new signing keys: tokens of an earlier one are void.
            TestUsers.forgetTokens();
        }
        return Map.of();
    }

    @Override
    public void stop() {
        started.forEach(script -> run(script, "stop"));
    }

    private static void run(String script, String command) {
        int exit = Processes.run(
                List.of("bash", SCRIPTS.resolve(script).toString(), command),
                SCRIPTS.toFile(),
                Map.of(),
                Duration.ofMinutes(5));
        if (exit != 0) {
            throw new IllegalStateException(script + " " + command + " failed with exit code " + exit);
        }
    }

    /** Whether something accepts connections on the port. */
    static boolean listening(String host, int port) {
        try {
            new Socket(host, port).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean responds(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
