package app.resonance.notification;

import app.resonance.common.schedule.ScheduledRuns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Raises the due milestones' notifications every hour (a campaign's day begins at its zone's midnight, so an
 * hour is how late a notification may come), on one instance of all (Quartz's clustered store); the unique key
 * of a notification keeps it single even if two runs met.
 */
@ApplicationScoped
class NotificationJob {

    static final String JOB = "milestone-notifications";

    private final NotificationService notifications;
    private final ScheduledRuns runs;

    NotificationJob(NotificationService notifications, ScheduledRuns runs) {
        this.notifications = notifications;
        this.runs = runs;
    }

    @Scheduled(
            identity = JOB,
            cron = "{resonance.notifications.cron}",
            timeZone = "UTC",
            concurrentExecution = ConcurrentExecution.SKIP)
    void raiseDue(ScheduledExecution execution) {
        runs.run(
                JOB,
                execution.getScheduledFireTime(),
                () -> notifications.raiseDue().await().atMost(Duration.ofMinutes(5)));
    }
}
