package app.resonance.datafile;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Every instance, every few seconds: fails imports whose instance died and deletes expired uploads, old
 * imports and expired download links. Each step is one statement, so instances doing it at once is harmless.
 */
@ApplicationScoped
class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final ImportJobs jobs;
    private final UploadStore uploads;
    private final Downloads downloads;
    private final DataFileConfig.Imports config;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "datafile-housekeeping"));

    Housekeeping(ImportJobs jobs, UploadStore uploads, Downloads downloads, DataFileConfig config) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.downloads = downloads;
        this.config = config.imports();
    }

    void start(@Observes StartupEvent started) {
        long every = config.housekeepingEvery().toMillis();
        timer.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    void run() {
        try {
            jobs.failInterrupted();
            jobs.deleteFinished();
            uploads.deleteExpired();
            downloads.deleteExpired();
        } catch (RuntimeException e) {
            LOG.warnf("Housekeeping of uploads, imports and downloads waits for its next round: %s", e.getMessage());
        }
    }
}
