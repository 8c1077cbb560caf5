package app.resonance.alert;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/** Connects the notifications to the evaluator and the feed when the app starts. */
@ApplicationScoped
class AlertWiring {

    /** A safety net: evaluations that failed or were announced while no instance listened. */
    private static final long SWEEP_MILLIS = 30_000;

    void start(
            @Observes StartupEvent startup,
            Vertx vertx,
            AlertDatabase database,
            AlertEvaluator evaluator,
            AlertFeed feed) {
        database.listen(
                "balance_dirty", workspaceId -> evaluator.request(UUID.fromString(workspaceId)), evaluator::sweep);
        database.listen("alert", ignored -> feed.catchUp(), feed::catchUp);
        database.connect();
        vertx.setPeriodic(SWEEP_MILLIS, id -> evaluator.sweep());
    }
}
