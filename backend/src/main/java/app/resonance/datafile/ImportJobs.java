package app.resonance.datafile;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.Jdbc;
import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowProblem;
import app.resonance.common.tabular.TabularReader;
import app.resonance.datafile.ImportJobView.Failure;
import app.resonance.datafile.ImportJobView.Progress;
import app.resonance.datafile.ImportJobView.State;
import app.resonance.datafile.ImportJobView.Step;
import app.resonance.datafile.UploadStore.LocalCopy;
import app.resonance.datafile.UploadStore.Upload;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Imports in line and running, in PostgreSQL: any instance accepts an import, any instance's worker runs
 * it, and any instance answers its progress. An import reads its file once to find every problem and,
 * only when there is none (or, for an import of good rows only, when some rows are good), stores it in one
 * transaction.
 * <p>
 * Each instance runs a few at once (a publication import holds a database connection throughout and keeps
 * a core busy). Workers take the oldest queued import of a workspace that has none running, so a workspace
 * runs one import at a time: one tenant's huge imports never hold every worker while another tenant's
 * small one waits (and imports of one workspace, which touch the same media balance, do not compete).
 * <p>
 * The running instance writes a job's progress and heartbeat a few times a second; a job whose heartbeat
 * stops (its instance died) is failed as INTERRUPTED by any instance, also at start-up. Nothing of it is
 * stored: its transaction died with its connection.
 */
@ApplicationScoped
public class ImportJobs {

    static final Duration KEPT = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final String COLUMNS = "id, file_name, state, rows_checked, rows_total, rows_written, problem_count,"
            + " problems, step, step_done, step_total, failure, message, started_at, finished_at, rows_created,"
            + " rows_updated, rows_unchanged";
    private static final String RUNNING = "state in ('CHECKING', 'WRITING')";

    /** A job a worker of this instance took from the line. */
    private record Claimed(
            UUID id,
            UUID workspaceId,
            String owner,
            UUID uploadId,
            String fileName,
            ImportRequest request,
            OffsetDateTime startedAt) {}

    private final DataSource db;
    private final Jdbc sql;
    private final UploadStore uploads;
    private final Importers importers;
    private final DataFileConfig.Imports config;
    private final Clock clock;
    private final Jsonb json = JsonbBuilder.create();
    private final String instance = UUID.randomUUID().toString();
    private final Map<UUID, Progress> running = new ConcurrentHashMap<>();
    private final Object wakeUp = new Object();
    private final ExecutorService workers;
    private final ScheduledExecutorService progressWriter;
    private volatile boolean stopping;

    ImportJobs(DataSource db, UploadStore uploads, Importers importers, DataFileConfig config, Clock clock) {
        this.db = db;
        this.sql = new Jdbc(db);
        this.uploads = uploads;
        this.importers = importers;
        this.config = config.imports();
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(
                this.config.atOnce(), task -> new Thread(task, "import-" + threads.incrementAndGet()));
        this.progressWriter = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "import-progress"));
    }

    void start(@Observes StartupEvent started) {
        failInterrupted();
        for (int i = 0; i < config.atOnce(); i++) {
            workers.execute(this::work);
        }
        long every = config.progressEvery().toMillis();
        progressWriter.scheduleWithFixedDelay(this::writeProgress, every, every, TimeUnit.MILLISECONDS);
    }

    /** Imports still running roll back with their transactions and are recorded as interrupted. */
    @PreDestroy
    void stop() {
        stopping = true;
        workers.shutdownNow();
        progressWriter.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts the upload in line for an import; an error on {@code uploadId} when the upload is unknown, expired,
     * someone else's or already imported, on {@code workspaceId} when the workspace's line is full. Blocks.
     */
    ImportJobView start(UUID workspaceId, String owner, String uploadId, ImportRequest request) {
        UUID upload = Ids.parse("uploadId", uploadId);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        String fileName = sql.inTransaction("queuing the import", connection -> {
            requireRoomInLine(connection, workspaceId);
            String name = claimUpload(connection, upload, owner, now);
            try (PreparedStatement insert = connection.prepareStatement("insert into import_job"
                    + " (id, workspace_id, owner, upload_id, file_name, request, state, step, started_at)"
                    + " values (?, ?, ?, ?, ?, ?::jsonb, 'QUEUED', 'WAITING_FOR_OTHER_IMPORTS', ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, workspaceId);
                insert.setString(3, owner);
                insert.setObject(4, upload);
                insert.setString(5, name);
                insert.setString(6, json.toJson(request));
                insert.setObject(7, now);
                insert.executeUpdate();
            }
            return name;
        });
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        return new Progress(id, fileName, now).snapshot();
    }

    /** Under a lock on the workspace's line, so that two imports at once cannot both take its last place. */
    private void requireRoomInLine(Connection connection, UUID workspaceId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(9002, hashtext(?))");
                PreparedStatement queued = connection.prepareStatement(
                        "select count(*) from import_job where workspace_id = ? and state = 'QUEUED'")) {
            lock.setString(1, workspaceId.toString());
            lock.execute();
            queued.setObject(1, workspaceId);
            try (ResultSet rs = queued.executeQuery()) {
                rs.next();
                if (rs.getLong(1) >= config.queuedPerWorkspace()) {
                    throw new InvalidInput(
                            "workspaceId",
                            Reason.TOO_MANY_QUEUED_IMPORTS,
                            String.valueOf(config.queuedPerWorkspace()),
                            config.queuedPerWorkspace()
                                    + " imports of this workspace are already waiting; start this one when they are done");
                }
            }
        }
    }

    /** The upload's file name, locked so that it is imported once. */
    private static String claimUpload(Connection connection, UUID upload, String owner, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select file_name from upload u"
                + " where id = ? and owner = ? and expires_at > ?"
                + " and not exists (select 1 from import_job j where j.upload_id = u.id) for update")) {
            select.setObject(1, upload);
            select.setString(2, owner);
            select.setObject(3, now);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw UploadStore.notFound();
                }
                return rs.getString(1);
            }
        }
    }

    /** The job of this workspace; an error on {@code id} otherwise. Blocks. */
    ImportJobView get(UUID workspaceId, String id) {
        UUID jobId = Ids.parse("id", id);
        return sql.withConnection("reading the import", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from import_job where id = ? and workspace_id = ?")) {
                select.setObject(1, jobId);
                select.setObject(2, workspaceId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new InvalidInput(
                                "id",
                                Reason.IMPORT_NOT_FOUND,
                                "no such import in this workspace (imports are kept for a day)");
                    }
                    return job(rs);
                }
            }
        });
    }

    private ImportJobView job(ResultSet rs) throws SQLException {
        String failure = rs.getString(12);
        return new ImportJobView(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                State.valueOf(rs.getString(3)),
                rs.getLong(4),
                rs.getObject(5, Long.class),
                rs.getLong(6),
                rs.getLong(7),
                problems(rs.getString(8)),
                rs.getObject(16, Long.class),
                rs.getObject(17, Long.class),
                rs.getObject(18, Long.class),
                Step.valueOf(rs.getString(9)),
                rs.getLong(10),
                rs.getObject(11, Long.class),
                failure == null ? null : Failure.valueOf(failure),
                rs.getString(13),
                rs.getObject(14, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rs.getObject(15, OffsetDateTime.class) == null
                        ? null
                        : rs.getObject(15, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private List<RowProblem> problems(String text) {
        return List.of(json.fromJson(text, RowProblem[].class));
    }

    /** A worker: takes the next job it may run, runs it, and waits (for a start here, or a while) when there is none. */
    private void work() {
        while (!stopping) {
            try {
                Claimed job = claim();
                if (job != null) {
                    run(job);
                } else {
                    synchronized (wakeUp) {
                        wakeUp.wait(config.poll().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.warnf("Import worker could not take a job: %s", e.getMessage());
                try {
                    Thread.sleep(config.poll().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /**
     * The oldest queued job of a workspace without a running one, now running here. Claims go one at a time
     * (an advisory lock), so that two instances cannot both start a job of the same workspace.
     */
    private Claimed claim() {
        return sql.inTransaction("taking an import", connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(9001, 0)");
                    PreparedStatement next = connection.prepareStatement("select id, workspace_id, owner, upload_id,"
                            + " file_name, request, started_at from import_job q where state = 'QUEUED' and not exists"
                            + " (select 1 from import_job r where r.workspace_id = q.workspace_id and r." + RUNNING
                            + ")"
                            + " order by started_at limit 1 for update skip locked");
                    PreparedStatement take = connection.prepareStatement("update import_job set state = 'CHECKING',"
                            + " step = 'CHECKING_ROWS', runner = ?, heartbeat_at = ? where id = ?")) {
                lock.execute();
                Claimed job;
                try (ResultSet rs = next.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    job = new Claimed(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getObject(4, UUID.class),
                            rs.getString(5),
                            json.fromJson(rs.getString(6), ImportRequest.class),
                            rs.getObject(7, OffsetDateTime.class));
                }
                take.setString(1, instance);
                take.setObject(2, now());
                take.setObject(3, job.id());
                take.executeUpdate();
                return job;
            }
        });
    }

    private void run(Claimed job) {
        Progress progress = new Progress(job.id(), job.fileName(), job.startedAt());
        progress.checking();
        running.put(job.id(), progress);
        try (RowImport importer = importers.importer(job.workspaceId(), job.owner(), job.request());
                LocalCopy copy = uploads.copy(upload(job))) {
            long rows;
            try (TabularReader reader =
                    TabularReader.open(copy.file(), copy.upload().format())) {
                rows = importer.check(reader, progress::problem, progress::checked);
            }
            // Good rows only: the importer has set the bad rows aside; stored unless every row is bad.
            long problemLines = progress.problemLines();
            if (problemLines > 0 && (!job.request().goodRowsOnly() || problemLines >= rows)) {
                progress.fail(
                        Failure.ROWS_WITH_PROBLEMS,
                        "Nothing was stored: " + progress.problemLines() + " row(s) have problems.",
                        now());
                return;
            }
            if (rows == 0) {
                progress.fail(Failure.NO_DATA_ROWS, "Nothing was stored: the file has no data rows.", now());
                return;
            }
            progress.writing(rows);
            importer.write(progress);
            progress.succeed(now());
        } catch (Exception e) {
            LOG.errorf(e, "Import %s of %s failed", job.id(), job.fileName());
            if (stopping || connectionLost(e)) {
                progress.fail(
                        Failure.INTERRUPTED,
                        "Nothing was stored: the import was interrupted ("
                                + (stopping ? "the server stopped" : "the database connection was lost") + ").",
                        now());
            } else {
                progress.fail(Failure.ERROR, "Nothing was stored: the import failed (" + e.getMessage() + ").", now());
            }
        } finally {
            finish(progress);
            if (job.uploadId() != null) {
                try {
                    uploads.delete(job.uploadId());
                } catch (RuntimeException e) {
                    LOG.warnf("Upload %s stays until it expires: %s", job.uploadId(), e.getMessage());
                }
            }
        }
    }

    /** The job's upload (its owner's); gone when it expired before its import was queued. */
    private Upload upload(Claimed job) {
        if (job.uploadId() == null) {
            throw UploadStore.notFound();
        }
        return uploads.get(job.uploadId().toString(), job.owner());
    }

    /**
     * The end, unless another instance has already declared the job interrupted; then no more heartbeats.
     * A restarting database refuses connections for a few seconds (and the pool still holds connections it
     * cut): the end is retried for as long as the job would otherwise wait to be failed by the heartbeat
     * check, so that it keeps its own reason and message instead of "the server running it stopped".
     */
    private void finish(Progress progress) {
        OffsetDateTime giveUp = now().plus(config.interruptedAfter());
        try {
            while (true) {
                try (Connection connection = db.getConnection()) {
                    write(connection, progress, true);
                    return;
                } catch (SQLException | RuntimeException e) {
                    if (stopping || !now().isBefore(giveUp)) {
                        LOG.errorf(
                                "The end of import %s could not be recorded (%s); it will read as interrupted",
                                progress.id, e.getMessage());
                        return;
                    }
                    LOG.warnf("The end of import %s waits for the database: %s", progress.id, e.getMessage());
                    Thread.sleep(config.poll().toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.remove(progress.id);
        }
    }

    /** Every running job's progress and heartbeat, in one connection; a failure waits for the next round. */
    private void writeProgress() {
        if (running.isEmpty()) {
            return;
        }
        try (Connection connection = db.getConnection()) {
            for (Progress progress : running.values()) {
                write(connection, progress, false);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Import progress not written: %s", e.getMessage());
        }
    }

    private void write(Connection connection, Progress progress, boolean end) throws SQLException {
        ImportJobView job = progress.snapshot();
        if (!end && job.state() != State.CHECKING && job.state() != State.WRITING) {
            return; // its worker writes the end
        }
        List<RowProblem> problems = progress.problemsToWrite(end);
        try (PreparedStatement update = connection.prepareStatement("update import_job set state = ?, step = ?,"
                + " rows_checked = ?, rows_total = ?, rows_written = ?, problem_count = ?,"
                + " problems = coalesce(?::jsonb, problems), step_done = ?, step_total = ?, failure = ?, message = ?,"
                + " finished_at = ?, heartbeat_at = ?, rows_created = ?, rows_updated = ?, rows_unchanged = ?"
                + " where id = ? and " + RUNNING)) {
            update.setString(1, job.state().name());
            update.setString(2, job.step().name());
            update.setLong(3, job.rowsChecked());
            update.setObject(4, job.rowsTotal(), Types.BIGINT);
            update.setLong(5, job.rowsWritten());
            update.setLong(6, job.problemCount());
            update.setString(7, problems == null ? null : json.toJson(problems));
            update.setLong(8, job.stepDone());
            update.setObject(9, job.stepTotal(), Types.BIGINT);
            update.setString(10, job.failure() == null ? null : job.failure().name());
            update.setString(11, job.message());
            update.setObject(12, job.finishedAt());
            update.setObject(13, now());
            update.setObject(14, job.rowsCreated(), Types.BIGINT);
            update.setObject(15, job.rowsUpdated(), Types.BIGINT);
            update.setObject(16, job.rowsUnchanged(), Types.BIGINT);
            update.setObject(17, job.id());
            update.executeUpdate();
        }
    }

    /** Fails the running jobs whose instance has stopped renewing their heartbeat. Blocks. */
    int failInterrupted() {
        OffsetDateTime now = now();
        int failed = sql.update(
                "failing interrupted imports",
                "update import_job set state = 'FAILED', step = 'FINISHED', failure = 'INTERRUPTED', message = ?,"
                        + " finished_at = ? where " + RUNNING + " and heartbeat_at < ?",
                "Nothing was stored: the import was interrupted (the server running it stopped).",
                now,
                now.minus(config.interruptedAfter()));
        if (failed > 0) {
            LOG.warnf("%d import(s) failed as interrupted: their instance stopped", failed);
        }
        return failed;
    }

    /** Forgets the jobs that ended a day ago. Blocks. */
    int deleteFinished() {
        return sql.update(
                "deleting old imports",
                "delete from import_job where finished_at < ?",
                clock.instant().minus(KEPT));
    }

    /** Whether the failure is the database going away (a restart), rather than the import's own fault. */
    private static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof ConnectException || cause instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
        }
        return false;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
