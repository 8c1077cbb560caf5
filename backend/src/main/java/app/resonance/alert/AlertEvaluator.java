package app.resonance.alert;

import app.resonance.balance.BalanceCell;
import app.resonance.balance.CellKey;
import app.resonance.balance.CellScope;
import app.resonance.balance.MediaBalanceService;
import app.resonance.balance.Urgency;
import app.resonance.common.livefeed.FeedDatabase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Turns queued cells (balance_dirty, filled by the write triggers) into alerts: re-evaluates them
 * over the alert window, compares with the urgency stored at the last evaluation and stores an
 * alert per cell that changed, all in one transaction under a per-workspace lock, so that several
 * instances may race for the same queue and still raise each alert once.
 */
@ApplicationScoped
class AlertEvaluator {

    private static final Logger LOG = Logger.getLogger(AlertEvaluator.class);

    private final FeedDatabase database;
    private final AlertRepository repository;
    private final MediaBalanceService balance;
    /** Workspaces being evaluated on this instance → whether another round was asked for meanwhile. */
    private final Map<UUID, Boolean> running = new ConcurrentHashMap<>();

    AlertEvaluator(FeedDatabase database, AlertRepository repository, MediaBalanceService balance) {
        this.database = database;
        this.repository = repository;
        this.balance = balance;
    }

    /** Evaluates the workspace's queue soon; a request during an evaluation runs another round after it. */
    void request(UUID workspaceId) {
        if (running.compute(workspaceId, (id, again) -> again == null ? Boolean.FALSE : Boolean.TRUE)
                == Boolean.FALSE) {
            run(workspaceId);
        }
    }

    /** Evaluates every workspace with queued cells (after a reconnect, and now and then for failed rounds). */
    void sweep() {
        repository
                .dirtyWorkspaces(database.pool())
                .subscribe()
                .with(
                        ids -> ids.forEach(this::request),
                        e -> LOG.warn("Could not look for queued alert evaluations", e));
    }

    private void run(UUID workspaceId) {
        evaluate(workspaceId).subscribe().with(ignored -> afterRound(workspaceId), e -> {
            LOG.errorf(e, "Alert evaluation of workspace %s failed; its queue is kept for the next round", workspaceId);
            afterRound(workspaceId);
        });
    }

    private void afterRound(UUID workspaceId) {
        if (running.compute(workspaceId, (id, again) -> again ? Boolean.FALSE : null) != null) {
            run(workspaceId);
        }
    }

    Uni<Void> evaluate(UUID workspaceId) {
        return database.pool()
                .withTransaction(tx -> repository
                        .lockWorkspace(tx, workspaceId)
                        .chain(() -> repository.claimDirty(tx, workspaceId))
                        .chain(dirty ->
                                dirty.isEmpty() ? Uni.createFrom().voidItem() : evaluate(tx, workspaceId, dirty)));
    }

    private Uni<Void> evaluate(SqlClient tx, UUID workspaceId, List<AlertRepository.DirtyCell> dirty) {
        CellScope scope = scope(dirty);
        Map<CellKey, UUID> publications = new HashMap<>();
        dirty.forEach(cell -> {
            if (cell.segmentId() != null && cell.channelId() != null && cell.publicationId() != null) {
                publications.put(new CellKey(cell.segmentId(), cell.channelId()), cell.publicationId());
            }
        });
        return balance.settings(tx, workspaceId)
                .chain(settings -> balance.alertWindowCells(tx, workspaceId, scope)
                        .chain(cells -> repository.states(tx, workspaceId).chain(states -> {
                            List<AlertRepository.Change> changes = new ArrayList<>();
                            for (BalanceCell cell : cells.values()) {
                                CellKey key = new CellKey(cell.segmentId(), cell.channelId());
                                Urgency before = states.getOrDefault(key, Urgency.NONE);
                                if (before != cell.urgency()) {
                                    changes.add(new AlertRepository.Change(
                                            key, before, cell.urgency(), cell.gap(), publications.get(key)));
                                }
                            }
                            return changes.isEmpty()
                                    ? Uni.createFrom().voidItem()
                                    : repository.store(tx, workspaceId, changes, settings.autoResolveRecovered());
                        })));
    }

    private static CellScope scope(List<AlertRepository.DirtyCell> dirty) {
        Set<UUID> segments = new HashSet<>();
        Set<CellKey> cells = new HashSet<>();
        for (AlertRepository.DirtyCell cell : dirty) {
            if (cell.segmentId() == null) {
                return CellScope.ALL;
            }
            if (cell.channelId() == null) {
                segments.add(cell.segmentId());
            } else {
                cells.add(new CellKey(cell.segmentId(), cell.channelId()));
            }
        }
        return new CellScope(false, segments, cells);
    }
}
