package app.resonance.targetgroup;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.common.schedule.ScheduledRuns;
import app.resonance.targetgroup.TargetGroupChangeConnection.TargetGroupChangeEdge;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The history of target groups: once a day across all instances (Quartz's clustered store, its own job) and on
 * demand, each group's members are diffed against its last record; who joined and left is stored, not the
 * members. Read as a window of days for a chart, and as the contacts who joined or left since a day.
 */
@ApplicationScoped
public class TargetGroupHistory {

    static final String JOB = "target-group-history";
    /** The history a chart asks for at most: ten years of days. */
    static final int MAX_DAYS = 3660;

    private static final Logger LOG = Logger.getLogger(TargetGroupHistory.class);

    private final TargetGroupHistoryRepository history;
    private final TargetGroupService groups;
    private final WorkspaceAccess access;
    private final ScheduledRuns runs;
    private final RuleLimits limits;
    private final Clock clock;

    TargetGroupHistory(
            TargetGroupHistoryRepository history,
            TargetGroupService groups,
            WorkspaceAccess access,
            ScheduledRuns runs,
            RuleLimits limits,
            Clock clock) {
        this.history = history;
        this.groups = groups;
        this.access = access;
        this.runs = runs;
        this.limits = limits;
        this.clock = clock;
    }

    /** Once a day on one instance of all; the day is the firing's UTC date. A group that fails fails the run, not the others. */
    @Scheduled(
            identity = JOB,
            cron = "{resonance.target-group-history.cron}",
            timeZone = "UTC",
            concurrentExecution = ConcurrentExecution.SKIP)
    void daily(ScheduledExecution execution) {
        LocalDate day = LocalDate.ofInstant(execution.getScheduledFireTime(), ZoneOffset.UTC);
        runs.run(
                JOB,
                execution.getScheduledFireTime(),
                () -> recordAll(day).await().indefinitely());
    }

    /** Records the day of every group of every workspace, one group at a time. */
    Uni<Void> recordAll(LocalDate day) {
        List<String> failed = new ArrayList<>();
        return history.workspaces()
                .onItem()
                .transformToMulti(workspaces -> Multi.createFrom().iterable(workspaces))
                .onItem()
                .transformToUniAndConcatenate(ws -> groups.all(ws))
                .onItem()
                .transformToIterable(list -> list)
                .onItem()
                .transformToUniAndConcatenate(group -> record(group, day)
                        .onFailure()
                        .recoverWithItem(failure -> {
                            LOG.errorf(failure, "Recording the history of target group %s failed", group.id());
                            failed.add(group.id() + ": " + failure.getMessage());
                            return null;
                        }))
                .collect()
                .last()
                .chain(history::analyze)
                .invoke(() -> {
                    if (!failed.isEmpty()) {
                        throw new IllegalStateException(failed.size() + " target groups not recorded: " + failed);
                    }
                })
                .replaceWithVoid();
    }

    /** Records today for every group of the workspace now; answers the records. */
    Uni<List<TargetGroupDay>> recordToday(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> record(ws, LocalDate.now(clock)));
    }

    /** Records the day of every group of the workspace, one group at a time. */
    Uni<List<TargetGroupDay>> record(UUID workspaceId, LocalDate day) {
        return groups.all(workspaceId)
                .onItem()
                .transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem()
                .transformToUniAndConcatenate(group -> record(group, day))
                .collect()
                .asList()
                .call(history::analyze);
    }

    /** The group's records from {@code from} to {@code to} (default: the 90 days up to today), oldest first. */
    Uni<List<TargetGroupDay>> days(String workspaceId, String id, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusDays(89);
        if (first.isAfter(last)) {
            return Uni.createFrom().failure(new InvalidInput("to", Reason.NOT_AFTER_START, "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            return Uni.createFrom()
                    .failure(new InvalidInput(
                            "from", Reason.WINDOW_TOO_LONG, "at most " + MAX_DAYS + " days of history at once"));
        }
        return groups.get(workspaceId, id).chain(group -> history.days(group.workspaceId(), group.id(), first, last));
    }

    /** A page of the contacts who joined (or left) the group from {@code since} on, by day and contact id. */
    Uni<TargetGroupChangeConnection> changes(
            String workspaceId, String id, TargetGroupChangeKind kind, LocalDate since, Integer first, String after) {
        return groups.get(workspaceId, id).chain(group -> {
            int size = PageSize.of(first);
            Cursor cursor = Cursor.decode(after);
            LocalDate afterDay = cursor == null ? null : cursor.sortValue(LocalDate::parse);
            UUID afterContact = cursor == null ? null : cursor.id();
            return history.changes(group.workspaceId(), group.id(), kind, since, afterDay, afterContact, size + 1)
                    .map(rows -> {
                        Page<TargetGroupChangeEdge> page = Page.of(
                                rows,
                                size,
                                change -> new TargetGroupChangeEdge(
                                        new Cursor(change.day().toString(), change.contactId()).encode(), change),
                                TargetGroupChangeEdge::cursor);
                        return new TargetGroupChangeConnection(page.edges(), page.pageInfo());
                    });
        });
    }

    private Uni<TargetGroupDay> record(TargetGroupView group, LocalDate day) {
        return groups.members(group)
                .chain(sql -> history.record(
                        sql,
                        group.id(),
                        day,
                        clock.instant().atOffset(ZoneOffset.UTC),
                        limits.historyStatementTimeout()));
    }
}
