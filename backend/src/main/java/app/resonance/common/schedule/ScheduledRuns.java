package app.resonance.common.schedule;

import app.resonance.common.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job's work and records the run in {@code scheduled_run}: when it was due, which
 * instance ran it, how it ended. Quartz's clustered store decides which instance runs a firing; this
 * record lets people (and tests) see that it ran, once, and whether it failed.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);
    /** "pid@host": tells the instances of one deployment apart. */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final Jdbc db;
    private final Clock clock;

    ScheduledRuns(DataSource db, Clock clock) {
        this.db = new Jdbc(db);
        this.clock = clock;
    }

    /** Runs the work as the run of {@code job} due at {@code scheduledFor}; a failure is recorded, logged and rethrown. */
    public void run(String job, Instant scheduledFor, Runnable work) {
        long run = start(job, scheduledFor);
        try {
            work.run();
            finish(run, "DONE", "");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Scheduled job %s (due %s) failed", job, scheduledFor);
            finish(run, "FAILED", String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private long start(String job, Instant scheduledFor) {
        return db.withConnection("recording the start of " + job, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into scheduled_run (job, scheduled_for, instance, started_at) values (?, ?, ?, ?) returning id")) {
                insert.setString(1, job);
                insert.setTimestamp(2, Timestamp.from(scheduledFor));
                insert.setString(3, INSTANCE);
                insert.setTimestamp(4, Timestamp.from(clock.instant()));
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    return id.getLong(1);
                }
            }
        });
    }

    private void finish(long run, String outcome, String detail) {
        db.update(
                "recording the end of a scheduled run",
                "update scheduled_run set finished_at = ?, outcome = ?, detail = left(?, 4000) where id = ?",
                clock.instant(),
                outcome,
                detail,
                run);
    }
}
