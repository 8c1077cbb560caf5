package app.resonance.common.livefeed;

import io.smallrye.mutiny.Multi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * This instance's live items of one feed: on each NOTIFY it reads the items stored since the last one it
 * saw (whichever instance stored them) and hands them to its subscribers, in id order.
 */
public final class FeedChannel<T> {

    private static final Logger LOG = Logger.getLogger(FeedChannel.class);
    /** Most items a reconnecting subscriber gets replayed, and items read per round. */
    static final int BATCH = 5_000;

    private final FeedDatabase database;
    private final LiveFeed<T> feed;
    private final List<Listener<T>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean readAgain;
    /** The id of the last item handed to listeners; -1 until the channel knows where the table ends. */
    private long lastDelivered = -1;
    /** Replays asked for before the channel knew where the table ends (clients reconnecting at startup). */
    private final List<LongConsumer> replaysAwaitingStart = new ArrayList<>();

    public FeedChannel(FeedDatabase database, LiveFeed<T> feed) {
        this.database = database;
        this.feed = feed;
    }

    public LiveFeed<T> feed() {
        return feed;
    }

    /** Reads and delivers what was stored since the last delivered item; one read at a time. */
    public void catchUp() {
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
                        ? feed.lastId(database.pool()).map(last -> {
                            List<LongConsumer> replays;
                            synchronized (this) {
                                lastDelivered = last;
                                replays = List.copyOf(replaysAwaitingStart);
                                replaysAwaitingStart.clear();
                            }
                            replays.forEach(replay -> replay.accept(last));
                            return List.<LiveItem<T>>of();
                        })
                        : feed.read(database.pool(), ItemRange.after(from, BATCH)))
                .subscribe()
                .with(
                        batch -> {
                            deliver(batch);
                            reading.set(false);
                            if (readAgain || batch.size() == BATCH) {
                                catchUp();
                            }
                        },
                        e -> {
                            LOG.warnf(e, "Could not read new %s; retrying at the next notification", feed.field());
                            reading.set(false);
                        });
    }

    private synchronized void deliver(List<LiveItem<T>> batch) {
        for (LiveItem<T> item : batch) {
            lastDelivered = item.id();
            listeners.forEach(listener -> listener.offer(item));
        }
    }

    /**
     * Hands the audience's items to {@code sink}, in id order, from now on, while the member still
     * belongs to their workspace; with {@code since}, first those stored after it that this instance had
     * already delivered (or, while the instance starts, all stored up to where the channel starts), so that
     * a reconnecting client misses nothing. The sink runs on the channel's thread and must not block.
     * Returns what stops it.
     */
    public Runnable listen(
            Audience audience, Long since, Consumer<? super LiveItem<T>> sink, Consumer<Throwable> failed) {
        Listener<T> listener = new Listener<>(audience, sink);
        Runnable stop = () -> {
            listeners.remove(listener);
            listener.stop();
        };
        LongConsumer replayUpTo = upTo -> {
            if (since == null || audience.workspaceIds().isEmpty() || since >= upTo) {
                listener.goLive(List.of());
            } else {
                feed.read(database.pool(), new ItemRange(audience.workspaceIds(), since, upTo, BATCH))
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

    /** {@link #listen} as a stream of the items' values. */
    Multi<T> stream(Audience audience, Long since) {
        return Multi.createFrom()
                .emitter(emitter -> emitter.onTermination(
                        listen(audience, since, item -> emitter.emit(item.value()), emitter::fail)));
    }

    /** One subscriber: holds live items back until its replay has been handed over. */
    private static final class Listener<T> {
        private final Audience audience;
        private final Consumer<? super LiveItem<T>> sink;
        private List<LiveItem<T>> held = new ArrayList<>();
        private boolean stopped;

        Listener(Audience audience, Consumer<? super LiveItem<T>> sink) {
            this.audience = audience;
            this.sink = sink;
        }

        synchronized void offer(LiveItem<T> item) {
            if (stopped || !receives(item)) {
                return;
            }
            if (held != null) {
                held.add(item);
            } else {
                sink.accept(item);
            }
        }

        synchronized void goLive(List<LiveItem<T>> replay) {
            if (stopped) {
                return;
            }
            replay.stream().filter(this::receives).forEach(sink);
            held.forEach(sink);
            held = null;
        }

        private boolean receives(LiveItem<T> item) {
            return audience.workspaceIds().contains(item.workspaceId())
                    && item.members().contains(audience.member());
        }

        /** A replay that arrives after the subscriber left is dropped, not sent after its complete. */
        synchronized void stop() {
            stopped = true;
        }
    }
}
