package app.resonance.datafile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowProblem;
import app.resonance.common.tabular.TabularFormat;
import app.resonance.common.tabular.TabularReader;
import app.resonance.datafile.ImportJob.State;
import app.resonance.datafile.ImportJob.Step;
import app.resonance.datafile.UploadStore.Upload;

/** Imports beyond the ones allowed at once wait in line, and say so, until a running one ends. */
class ImportJobsTest {

    private static final UUID WORKSPACE = UUID.randomUUID();

    private final UploadStore uploads = uploadStore();
    private final ImportJobs jobs = new ImportJobs(uploads, 1);

    @AfterEach
    void stop() {
        jobs.stop();
        uploads.deleteAll();
    }

    @Test
    void anImportBeyondTheLimitIsQueuedUntilTheRunningOneEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ImportJob first = jobs.start(WORKSPACE, "analyst", upload(), new HeldImport(release));
        ImportJob second = jobs.start(WORKSPACE, "analyst", upload(), new HeldImport(new CountDownLatch(0)));

        awaitStep(first, Step.CHECKING_ROWS);
        ImportJob waiting = jobs.get(WORKSPACE, second.id().toString());
        assertEquals(State.QUEUED, waiting.state());
        assertEquals(Step.WAITING_FOR_OTHER_IMPORTS, waiting.step());
        assertEquals(0, waiting.rowsChecked());

        release.countDown();
        assertEquals(State.SUCCEEDED, awaitStep(first, Step.FINISHED).state());
        ImportJob done = awaitStep(second, Step.FINISHED);
        assertEquals(State.SUCCEEDED, done.state());
        assertEquals(2, done.rowsChecked());
    }

    private ImportJob awaitStep(ImportJob job, Step step) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        ImportJob now = jobs.get(WORKSPACE, job.id().toString());
        while (now.step() != step) {
            assertTrue(System.nanoTime() < deadline, "still " + now.step() + ", not " + step);
            Thread.sleep(10);
            now = jobs.get(WORKSPACE, job.id().toString());
        }
        return now;
    }

    private Upload upload() throws IOException {
        Path file = Files.createTempFile(uploads.directory(), "rows", ".csv");
        Files.writeString(file, "name\nfirst\nsecond\n");
        return new Upload(UUID.randomUUID(), "analyst", "rows.csv", file, TabularFormat.CSV, Files.size(file), Instant.now());
    }

    private static UploadStore uploadStore() {
        try {
            return new UploadStore();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the file's rows once the latch opens; stores nothing. */
    private record HeldImport(CountDownLatch release) implements RowImport {

        @Override
        public long check(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead) {
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long rows = 0;
            while (reader.next() != null) {
                rowsRead.accept(++rows);
            }
            return rows;
        }

        @Override
        public void write(WriteProgress progress) {
        }
    }
}
