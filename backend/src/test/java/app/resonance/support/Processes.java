package app.resonance.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command for a test and copies its output into the test's own output. Never inherit the
 * forked test JVM's stdout: Surefire talks to the fork over it ("std/in stream corrupted").
 */
public final class Processes {

    private Processes() {}

    /** The command's exit code; fails when it runs longer than the timeout. */
    public static int run(List<String> command, File directory, Map<String, String> environment, Duration timeout) {
        Started started = launch(command, directory, environment, "");
        Process process = started.process();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
            }
            started.copier().join(5_000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a long-running command (e.g. a second app instance); its output lines get the prefix. */
    public static Process start(List<String> command, File directory, Map<String, String> environment, String prefix) {
        return launch(command, directory, environment, prefix).process();
    }

    /** A started command and the thread that copies its output. */
    private record Started(Process process, Thread copier) {}

    private static Started launch(
            List<String> command, File directory, Map<String, String> environment, String prefix) {
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(directory).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            Thread copier = new Thread(() -> copy(process, prefix));
            copier.setDaemon(true);
            copier.start();
            return new Started(process, copier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Process process, String prefix) {
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output.lines().forEach(line -> System.out.println(prefix + line));
        } catch (IOException | UncheckedIOException e) {
            // A stopping process's output closes under the reader. The copy is only a log: thrown here, the
            // failure would surface as an error of whichever test class runs next.
            System.out.println(prefix + "(output no longer readable: " + e.getMessage() + ")");
        }
    }
}
