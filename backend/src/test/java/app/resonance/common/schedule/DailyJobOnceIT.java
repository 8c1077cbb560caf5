package app.resonance.common.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resonance.support.LocalStack;
import app.resonance.support.PackagedApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged app starting at the same moment on one database whose job store is
 * empty (a first deployment): both start (SchedulerStartTurns), and with the daily quality job firing
 * every three seconds every firing runs on exactly one of them (Quartz's clustered store), never on both.
 */
class DailyJobOnceIT {

    /** Other ITs use 8091-8098 and their balancers 18095 and 18098. */
    private static final int[] PORTS = {8101, 8102};

    private static final String DB_URL =
            System.getenv().getOrDefault("DB_URL", "postgresql://127.0.0.1:15432/resonance_test");
    private static final LocalStack STACK = new LocalStack();
    private static final List<PackagedApp> INSTANCES = new ArrayList<>();
    private static long runsBefore;

    @BeforeAll
    static void startTwoInstances() throws SQLException {
        STACK.start();
        forgetTheStoredJobs();
        runsBefore = lastRun();
        try (Connection gate = connect()) {
            holdTheJobStoreUntilBothInstancesWait(gate);
            INSTANCES.addAll(PackagedApp.startTogether(
                    Map.of("a", PORTS[0], "b", PORTS[1]), Map.of("RESONANCE_QUALITY_CRON", "*/3 * * * * ?")));
        }
    }

    /**
     * Makes the race certain: each instance's first look at the job store (is the job there yet?) waits on
     * this transaction's lock until both instances wait, either on it or on their turn; then both look at
     * once. Without turns both would find the job missing and store it, and one would fail to start.
     */
    private static void holdTheJobStoreUntilBothInstancesWait(Connection gate) throws SQLException {
        gate.setAutoCommit(false);
        try (Statement lock = gate.createStatement()) {
            lock.execute("lock table qrtz_job_details in access exclusive mode");
        }
        Thread opener = new Thread(() -> {
            try {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> count("select count(*) from pg_locks where not granted and database ="
                                        + " (select oid from pg_database where datname = current_database())")
                                >= 2);
                gate.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        opener.start();
    }

    @AfterAll
    static void stopThem() throws SQLException {
        INSTANCES.forEach(PackagedApp::close);
        forgetTheStoredJobs();
        STACK.stop();
    }

    /**
     * With no instance running, every job's rows go: the next start stores them afresh, as on a new
     * database (and Quarkus starts a changed schedule only after the stored trigger's next firing).
     */
    private static void forgetTheStoredJobs() throws SQLException {
        if (!exists("qrtz_triggers")) {
            return;
        }
        for (String table :
                new String[] {"qrtz_cron_triggers", "qrtz_simple_triggers", "qrtz_triggers", "qrtz_job_details"}) {
            execute("delete from " + table);
        }
    }

    @Test
    void eachFiringRunsOnOneInstanceOnly() throws SQLException {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from scheduled_run where job = 'base-quality' and id > "
                                + runsBefore + " and outcome = 'DONE'")
                        >= 6);
        assertEquals(
                0,
                count("select count(*) from (select scheduled_for from scheduled_run where job = 'base-quality'"
                        + " and id > " + runsBefore + " group by scheduled_for having count(*) > 1) twice"),
                "a firing ran on both instances");
        assertEquals(
                0,
                count("select count(*) from scheduled_run where job = 'base-quality' and id > " + runsBefore
                        + " and outcome = 'FAILED'"),
                "a run failed");
        assertTrue(INSTANCES.stream().allMatch(PackagedApp::isAlive));
    }

    /** Runs before this test do not count (on a database not yet migrated there are none). */
    private static long lastRun() throws SQLException {
        return exists("scheduled_run") ? count("select coalesce(max(id), 0) from scheduled_run") : 0;
    }

    private static boolean exists(String table) throws SQLException {
        return count("select count(*) from information_schema.tables where table_name = '" + table + "'") > 0;
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:" + DB_URL, "resonance", "resonance");
    }
}
