package app.resonance.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * This instance's live alerts: on each NOTIFY it reads the alerts stored since the last one it saw
 * (whichever instance stored them) and hands them to its subscribers, in id order.
 */
@ApplicationScoped
class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class);
    /** Most alerts a reconnecting subscriber gets replayed, and alerts read per round. */
    static final int BATCH = 5_000;

    private final AlertDatabase database;
    private final AlertRepository repository;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean readAgain;
    /** The id of the last alert handed to listeners; -1 until the feed knows where the table ends. */
    private long lastDelivered = -1;

    AlertFeed(AlertDatabase database, AlertRepository repository) {
        this.database = database;
        this.repository = repository;
    }

    /** Reads and delivers what was stored since the last delivered alert; one read at a time. */
    void catchUp() {
        readAgain = true;
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        readAgain = false;
        long from;
        synchronized (this) {
            from = lastDelivered;
        }
        (from < 0 ? repository.lastId(database.pool()).map(last -> {
            synchronized (this) {
                lastDelivered = last;
            }
            return List.<AlertView>of();
        }) : repository.after(database.pool(), from, BATCH)).subscribe().with(alerts -> {
            deliver(alerts);
            reading.set(false);
            if (readAgain || alerts.size() == BATCH) {
                catchUp();
            }
        }, e -> {
            LOG.warn("Could not read new alerts; retrying at the next notification", e);
            reading.set(false);
        });
    }

    private synchronized void deliver(List<AlertView> alerts) {
        for (AlertView alert : alerts) {
            lastDelivered = alert.id();
            listeners.forEach(listener -> listener.offer(alert));
        }
    }

    /**
     * The alerts of these workspaces from now on; with {@code since}, first those stored after it that
     * this instance had already delivered, so that a reconnecting client misses nothing.
     */
    Multi<AlertView> stream(Set<UUID> workspaceIds, Long since) {
        return Multi.createFrom().<AlertView>emitter(emitter -> {
            Listener listener = new Listener(workspaceIds, emitter);
            long upTo;
            synchronized (this) {
                upTo = lastDelivered;
                listeners.add(listener);
            }
            emitter.onTermination(() -> listeners.remove(listener));
            if (since == null || workspaceIds.isEmpty() || since >= upTo) {
                listener.goLive(List.of());
                return;
            }
            repository.missed(database.pool(), workspaceIds, since, upTo, BATCH).subscribe()
                    .with(listener::goLive, emitter::fail);
        })
                // Each subscriber's GraphQL execution runs on the worker pool, in order, instead of all
                // of them one after another on the thread that read the alerts.
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    /** One subscriber: holds live alerts back until its replay has been emitted. */
    private static final class Listener {
        private final Set<UUID> workspaceIds;
        private final MultiEmitter<? super AlertView> emitter;
        private List<AlertView> held = new ArrayList<>();

        Listener(Set<UUID> workspaceIds, MultiEmitter<? super AlertView> emitter) {
            this.workspaceIds = workspaceIds;
            this.emitter = emitter;
        }

        synchronized void offer(AlertView alert) {
            if (!workspaceIds.contains(alert.workspaceId())) {
                return;
            }
            if (held != null) {
                held.add(alert);
            } else {
                emitter.emit(alert);
            }
        }

        synchronized void goLive(List<AlertView> replay) {
            replay.forEach(emitter::emit);
            held.forEach(emitter::emit);
            held = null;
        }
    }
}
