package app.resonance.common.schedule;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Instances that start at once on a database without the daily jobs would both store them: Quarkus checks
 * that a job is missing, then stores it, and Quartz refuses the second store, so that instance fails to
 * start (see quarkusio/quarkus#25873). Quarkus makes the scheduler when the start-up event reaches its
 * observer (priority 0); instances take turns, on a PostgreSQL advisory lock, from just before that until
 * the end of their start-up.
 */
@ApplicationScoped
class SchedulerStartTurns {

    private static final String KEY = "hashtextextended('resonance.scheduler-start', 0)";

    private final DataSource dataSource;
    private Connection turn;

    SchedulerStartTurns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void takeTurn(@Observes @Priority(-1) StartupEvent start) throws SQLException {
        turn = dataSource.getConnection();
        try (Statement lock = turn.createStatement()) {
            lock.execute("select pg_advisory_lock(" + KEY + ")");
        }
    }

    void endTurn(@Observes @Priority(Integer.MAX_VALUE) StartupEvent start) throws SQLException {
        try (Connection connection = turn;
                Statement unlock = connection.createStatement()) {
            unlock.execute("select pg_advisory_unlock(" + KEY + ")");
        }
    }
}
