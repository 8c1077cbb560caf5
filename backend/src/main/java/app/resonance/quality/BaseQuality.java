package app.resonance.quality;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.SqlConditions;
import app.resonance.common.schedule.ScheduledRuns;
import app.resonance.contact.ContactConnection;
import app.resonance.contact.ContactOrder;
import app.resonance.contact.ContactService;
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
    private final ContactService contacts;
    private final Clock clock;

    BaseQuality(
            BaseQualityRepository records,
            WorkspaceAccess access,
            ScheduledRuns runs,
            ContactService contacts,
            Clock clock) {
        this.records = records;
        this.access = access;
        this.runs = runs;
        this.contacts = contacts;
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

    /**
     * A page of the contacts behind a figure as it stands now (not as recorded), by name: the contacts a
     * record made now would count for it.
     */
    Uni<ContactConnection> contacts(String workspaceId, QualityFigure figure, Integer first, String after) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            SqlConditions query = new SqlConditions();
            String workspace = query.param(ws);
            query.add("c.workspace_id = " + workspace);
            query.add(condition(query, figure, workspace));
            return contacts.page(query, first, after, ContactOrder.NAME_ASC);
        });
    }

    private String condition(SqlConditions query, QualityFigure figure, String workspace) {
        return switch (figure) {
            case INVALID_OR_MISSING_EMAIL -> "not (" + QualityConditions.VALID_EMAIL + ")";
            case NO_CONSENT_EMAIL -> "not " + QualityConditions.consentGranted("EMAIL");
            case NO_CONSENT_SMS -> "not " + QualityConditions.consentGranted("SMS");
            case NO_CONSENT_PHONE -> "not " + QualityConditions.consentGranted("PHONE");
            case NO_CONSENT_POST -> "not " + QualityConditions.consentGranted("POST");
            case KEY_ANALYTICS_MISSING ->
                "exists (select 1 from analytic a where a.workspace_id = " + workspace + " and a.is_key) and not ("
                        + QualityConditions.keyAnalyticsFilled(workspace) + ")";
            case SUSPECTED_DUPLICATE -> QualityConditions.suspectedDuplicate(workspace);
            case UNTOUCHED -> {
                String since = query.param(BaseQualityRepository.untouchedSince(LocalDate.now(clock)));
                yield QualityConditions.untouched(since, since);
            }
        };
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
