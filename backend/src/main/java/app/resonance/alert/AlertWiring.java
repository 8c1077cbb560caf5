package app.resonance.alert;

import app.resonance.common.livefeed.FeedDatabase;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/** Connects the queued cells' notifications to the evaluator when the app starts (the feed's are {@code LiveFeeds}'). */
@ApplicationScoped
class AlertWiring {

    /** A safety net: evaluations that failed or were announced while no instance listened. */
    private static final long SWEEP_MILLIS = 30_000;

    void start(@Observes StartupEvent startup, Vertx vertx, FeedDatabase database, AlertEvaluator evaluator) {
        database.listen(
                "balance_dirty", workspaceId -> evaluator.request(UUID.fromString(workspaceId)), evaluator::sweep);
        vertx.setPeriodic(SWEEP_MILLIS, id -> evaluator.sweep());
    }
}
