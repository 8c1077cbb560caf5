package app.resonance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (initdb in a fresh directory, its own port), made and run by
 * infra/local/postgres.sh like the shared one, so that the test may restart it without disturbing anyone.
 * It has the database {@code resonance}, owned by resonance/resonance.
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final Path SCRIPT =
            Path.of("..", "infra", "local", "postgres.sh").toAbsolutePath().normalize();

    private final int port;
    // Under the system's temporary directory, which the server's OS user may enter (a JUnit @TempDir may not).
    private final Path data = Path.of(System.getProperty("java.io.tmpdir"), "resonance-postgres-" + UUID.randomUUID());

    private PrivatePostgres(int port) {
        this.port = port;
    }

    public static PrivatePostgres start(int port) {
        PrivatePostgres cluster = new PrivatePostgres(port);
        cluster.run("start");
        return cluster;
    }

    /** The app's DB_URL for this cluster. */
    public String url() {
        return "postgresql://127.0.0.1:" + port + "/resonance";
    }

    /** {@code pg_ctl restart -m fast}: every connection is cut, running transactions roll back. */
    public void restart() {
        run("restart");
    }

    /** Stops the cluster and deletes its directory. */
    @Override
    public void close() {
        try {
            run("stop");
        } finally {
            deleteData();
        }
    }

    private void run(String command) {
        int exit = Processes.run(
                List.of("bash", SCRIPT.toString(), command),
                SCRIPT.getParent().toFile(),
                Map.of("PG_DATA", data.toString(), "PG_PORT", Integer.toString(port)),
                Duration.ofMinutes(1));
        if (exit != 0) {
            throw new IllegalStateException("postgres.sh " + command + " failed with exit code " + exit);
        }
    }

    private void deleteData() {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
