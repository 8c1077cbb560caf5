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
 * Two instances of the packaged app on one database, with the daily quality job firing every three
 * seconds: every firing runs on exactly one of them (Quartz's clustered store), never on both.
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
        forgetTheStoredTrigger();
        // The database is migrated by the first instance; runs before this test do not count.
        INSTANCES.add(PackagedApp.start("a", PORTS[0], Map.of("RESONANCE_QUALITY_CRON", "*/3 * * * * ?")));
        runsBefore = lastRun();
        INSTANCES.add(PackagedApp.start("b", PORTS[1], Map.of("RESONANCE_QUALITY_CRON", "*/3 * * * * ?")));
    }

    @AfterAll
    static void stopThem() throws SQLException {
        INSTANCES.forEach(PackagedApp::close);
        forgetTheStoredTrigger();
        STACK.stop();
    }

    /**
     * Quarkus starts a changed schedule only after the stored trigger's next firing (02:30 for the
     * daily one): with no instance running, the job's rows go, and the next start stores it afresh.
     */
    private static void forgetTheStoredTrigger() throws SQLException {
        if (count("select count(*) from information_schema.tables where table_name = 'qrtz_triggers'") == 0) {
            return;
        }
        for (String table : new String[] {"qrtz_cron_triggers", "qrtz_triggers"}) {
            execute("delete from " + table + " where trigger_name = 'base-quality'");
        }
        execute("delete from qrtz_job_details where job_name = 'base-quality'");
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

    private static long lastRun() throws SQLException {
        return count("select coalesce(max(id), 0) from scheduled_run");
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
