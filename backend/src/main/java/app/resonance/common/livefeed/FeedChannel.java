package app.resonance.alert;

import app.resonance.alert.AlertRepository.NewAlerts;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

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
    /** Replays asked for before the feed knew where the table ends (clients reconnecting at startup). */
    private final List<LongConsumer> replaysAwaitingStart = new ArrayList<>();

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
        (from < 0
                        ? repository.lastId(database.pool()).map(last -> {
                            List<LongConsumer> replays;
                            synchronized (this) {
                                lastDelivered = last;
                                replays = List.copyOf(replaysAwaitingStart);
                                replaysAwaitingStart.clear();
                            }
                            replays.forEach(replay -> replay.accept(last));
                            return new NewAlerts(List.of(), Map.of());
                        })
                        : repository.after(database.pool(), from, BATCH))
                .subscribe()
                .with(
                        batch -> {
                            deliver(batch);
                            reading.set(false);
                            if (readAgain || batch.alerts().size() == BATCH) {
                                catchUp();
                            }
                        },
                        e -> {
                            LOG.warn("Could not read new alerts; retrying at the next notification", e);
                            reading.set(false);
                        });
    }

    private synchronized void deliver(NewAlerts batch) {
        for (AlertView alert : batch.alerts()) {
            lastDelivered = alert.id();
            Set<String> members = batch.members().getOrDefault(alert.workspaceId(), Set.of());
            listeners.forEach(listener -> listener.offer(alert, members));
        }
    }

    /**
     * Hands the audience's alerts to {@code sink}, in id order, from now on, while the member still
     * belongs to their workspace; with {@code since}, first those stored after it that this instance had
     * already delivered (or, while the instance starts, all stored up to where the feed starts), so that
     * a reconnecting client misses nothing. The sink runs on the feed's thread and must not block.
     * Returns what stops it.
     */
    Runnable listen(AlertAudience audience, Long since, Consumer<AlertView> sink, Consumer<Throwable> failed) {
        Listener listener = new Listener(audience, sink);
        Runnable stop = () -> {
            listeners.remove(listener);
            listener.stop();
        };
        LongConsumer replayUpTo = upTo -> {
            if (since == null || audience.workspaceIds().isEmpty() || since >= upTo) {
                listener.goLive(List.of());
            } else {
                repository
                        .missed(database.pool(), audience.workspaceIds(), since, upTo, BATCH)
                        .subscribe()
                        .with(listener::goLive, failure -> {
                            stop.run();
                            failed.accept(failure);
                        });
            }
        };
        long upTo;
        synchronized (this) {
            upTo = lastDelivered;
            listeners.add(listener);
            if (upTo < 0) {
                replaysAwaitingStart.add(replayUpTo);
                return stop;
            }
        }
        replayUpTo.accept(upTo);
        return stop;
    }

    /** {@link #listen} as a stream. */
    Multi<AlertView> stream(AlertAudience audience, Long since) {
        return Multi.createFrom()
                .emitter(emitter -> emitter.onTermination(listen(audience, since, emitter::emit, emitter::fail)));
    }

    /** One subscriber: holds live alerts back until its replay has been handed over. */
    private static final class Listener {
        private final AlertAudience audience;
        private final Consumer<AlertView> sink;
        private List<AlertView> held = new ArrayList<>();
        private boolean stopped;

        Listener(AlertAudience audience, Consumer<AlertView> sink) {
            this.audience = audience;
            this.sink = sink;
        }

        synchronized void offer(AlertView alert, Set<String> members) {
            if (stopped
                    || !audience.workspaceIds().contains(alert.workspaceId())
                    || !members.contains(audience.member())) {
                return;
            }
            if (held != null) {
                held.add(alert);
            } else {
                sink.accept(alert);
            }
        }

        synchronized void goLive(List<AlertView> replay) {
            if (stopped) {
                return;
            }
            replay.forEach(sink);
            held.forEach(sink);
            held = null;
        }

        /** A replay that arrives after the subscriber left is dropped, not sent after its complete. */
        synchronized void stop() {
            stopped = true;
        }
    }
}
