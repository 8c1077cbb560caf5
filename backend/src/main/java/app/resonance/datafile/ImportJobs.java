package app.resonance.datafile;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.TabularReader;
import app.resonance.datafile.ImportJob.Progress;
import app.resonance.datafile.ImportJob.Failure;
import app.resonance.datafile.UploadStore.Upload;

/**
 * Runs imports on their own threads and keeps their progress for a day, on this instance. An import
 * reads its file once to find every problem and, only when there is none, stores it all in one
 * transaction. A few run at once (a publication import holds a database connection throughout and
 * keeps a core busy); the others wait in line, and say so.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final Map<UUID, Progress> jobs = new ConcurrentHashMap<>();
    private final UploadStore uploads;
    private final ExecutorService workers;

    ImportJobs(UploadStore uploads, @ConfigProperty(name = "resonance.imports.at-once") int atOnce) {
        this.uploads = uploads;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(atOnce, task -> new Thread(task, "import-" + threads.incrementAndGet()));
    }

    /** Imports still running roll back with their transactions. */
    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    ImportJob start(UUID workspaceId, String owner, Upload upload, RowImport importer) {
        forgetOld();
        Progress job = new Progress(workspaceId, owner, upload.fileName());
        jobs.put(job.id, job);
        workers.execute(() -> run(job, upload, importer));
        return job.snapshot();
    }

    /** The job of this workspace; an error on {@code id} otherwise. */
    ImportJob get(UUID workspaceId, String id) {
        Progress job = jobs.get(Ids.parse("id", id));
        if (job == null || !job.workspaceId.equals(workspaceId)) {
            throw new InvalidInput("id", Reason.IMPORT_NOT_FOUND,
                    "no such import in this workspace (imports are kept for a day)");
        }
        return job.snapshot();
    }

    private void run(Progress job, Upload upload, RowImport importer) {
        job.checking();
        try (importer) {
            long rows;
            try (TabularReader reader = TabularReader.open(upload.file(), upload.format())) {
                rows = importer.check(reader, job::problem, job::checked);
            }
            if (job.problemLines() > 0) {
                job.fail(Failure.ROWS_WITH_PROBLEMS, "Nothing was stored: " + job.problemLines() + " row(s) have problems.");
                return;
            }
            if (rows == 0) {
                job.fail(Failure.NO_DATA_ROWS, "Nothing was stored: the file has no data rows.");
                return;
            }
            job.writing(rows);
            importer.write(job);
            job.succeed();
        } catch (Exception e) {
            LOG.errorf(e, "Import %s of %s failed", job.id, upload.fileName());
            job.fail(Failure.ERROR, "Nothing was stored: the import failed (" + e.getMessage() + ").");
        } finally {
            uploads.remove(upload);
        }
    }

    private void forgetOld() {
        OffsetDateTime dayAgo = OffsetDateTime.now().minusDays(1);
        jobs.values().removeIf(job -> job.finishedBefore(dayAgo));
    }
}
