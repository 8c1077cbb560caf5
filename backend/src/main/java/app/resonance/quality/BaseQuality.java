package app.resonance.quality;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.schedule.ScheduledRuns;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The daily quality record of every workspace's customer base, its history, and a record on demand. */
@ApplicationScoped
public class BaseQuality {

    static final String JOB = "base-quality";
    /** The history a chart asks for at most: ten years of days. */
    static final int MAX_DAYS = 3660;

    private final BaseQualityRepository records;
    private final WorkspaceAccess access;
    private final ScheduledRuns runs;
    private final Clock clock;

    BaseQuality(BaseQualityRepository records, WorkspaceAccess access, ScheduledRuns runs, Clock clock) {
        this.records = records;
        this.access = access;
        this.runs = runs;
        this.clock = clock;
    }

    /** Once a day on one instance of all (Quartz's clustered store); the day is the firing's UTC date. */
    @Scheduled(
            identity = JOB,
            cron = "{resonance.quality.cron}",
            timeZone = "UTC",
            concurrentExecution = ConcurrentExecution.SKIP)
    void daily(ScheduledExecution execution) {
        runs.run(
                JOB,
                execution.getScheduledFireTime(),
                () -> records.record(
                        null, LocalDate.ofInstant(execution.getScheduledFireTime(), ZoneOffset.UTC), clock.instant()));
    }

    /** Records today's figures of the workspace now (replacing today's record) and answers them. */
    Uni<BaseQualityDay> recordToday(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            LocalDate today = LocalDate.now(clock);
            return Uni.createFrom()
                    .item(() -> records.record(ws, today, clock.instant()))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .chain(() -> records.days(ws, today, today))
                    .map(day -> day.get(0));
        });
    }

    /** The records from {@code from} to {@code to} (default: the 90 days up to today), oldest first. */
    Uni<List<BaseQualityDay>> days(String workspaceId, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusDays(89);
        if (first.isAfter(last)) {
            return Uni.createFrom().failure(new InvalidInput("to", Reason.NOT_AFTER_START, "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            return Uni.createFrom()
                    .failure(new InvalidInput(
                            "from",
                            Reason.WINDOW_TOO_LONG,
                            "at most " + MAX_DAYS + " days of quality records at once"));
        }
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> records.days(ws, first, last));
    }
}
