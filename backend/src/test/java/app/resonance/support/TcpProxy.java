package app.resonance.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A real HAProxy (Debian's package) forwarding TCP from a local port to a server, for tests that make a
 * server unreachable for the app without stopping it for everyone else: {@link #stop()} closes the port and
 * every connection through it, {@link #start()} opens it again.
 */
public final class TcpProxy implements AutoCloseable {

    private final int port;
    private final Path config;
    private Process haproxy;

    public TcpProxy(int port, String targetHost, int targetPort) {
        this.port = port;
        try {
            this.config = Files.createTempFile("haproxy-tcp", ".cfg");
            Files.writeString(config, """
                    defaults
                      mode tcp
                      timeout connect 5s
                      timeout client 60s
                      timeout server 60s
                    frontend proxy
                      bind 127.0.0.1:%d
                      default_backend target
                    backend target
                      server target %s:%d
                    """.formatted(port, targetHost, targetPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Opens the port; answers once it accepts connections. */
    public void start() {
        haproxy = Processes.start(
                List.of("haproxy", "-db", "-f", config.toString()), new File("."), Map.of(), "[haproxy] ");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(this::accepting);
    }

    /** Closes the port and the connections through it; answers once connections are refused. */
    public void stop() throws InterruptedException {
        haproxy.destroy();
        haproxy.waitFor();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> !accepting());
    }

    private boolean accepting() {
        return LocalStack.listening("127.0.0.1", port);
    }

    @Override
    public void close() throws IOException {
        try {
            if (haproxy != null && haproxy.isAlive()) {
                stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(config);
    }
}
