package app.resonance.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.RemoteAsyncBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Token buckets shared by the instances through PostgreSQL ({@link BucketTable}).
 *
 * <p>With {@code maxUnsyncedRequests} k &gt; 0 an instance answers from its own copy of a bucket and
 * writes what it counted at the latest after k requests or {@code maxUnsyncedTime} (Bucket4j's
 * delaying optimization), so most requests cost no statement at all. A burst through N instances can
 * then get up to N × k requests more than the budget before each sees the others' counts; the bucket
 * goes into debt by as much, so the overshoot is paid back before the next request is let through and
 * the long-run rate stays exact.
 */
public class RateLimiter {

    /** Bucket copies kept locally; a dropped copy costs its unsynced requests (at most k) and one read. */
    private static final int LOCAL_BUCKETS = 100_000;

    private static final int DELETE_BATCH = 1_000;

    private final BucketTable buckets;
    private final Optional<Optimization> delayedSync;
    private final Cache<String, AsyncBucketProxy> local;

    public RateLimiter(Pool pool, int maxUnsyncedRequests, Duration maxUnsyncedTime) {
        this.buckets = new BucketTable(pool);
        this.delayedSync = maxUnsyncedRequests > 0
                ? Optional.of(Optimizations.delaying(new DelayParameters(maxUnsyncedRequests, maxUnsyncedTime)))
                : Optional.empty();
        this.local = Caffeine.newBuilder()
                .maximumSize(LOCAL_BUCKETS)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /**
     * Takes one request from each bucket in turn and stops at the first that refuses it (the buckets
     * before it keep the request: a refused caller mostly retries later anyway). The verdict of a
     * request let through is that of the bucket with the fewest requests left.
     */
    public CompletableFuture<Verdict> charge(List<Charge> charges) {
        CompletableFuture<Verdict> tightest = charge(charges.get(0));
        for (Charge next : charges.subList(1, charges.size())) {
            tightest = tightest.thenCompose(before -> !before.allowed()
                    ? CompletableFuture.completedFuture(before)
                    : charge(next)
                            .thenApply(after ->
                                    !after.allowed() || after.remaining() < before.remaining() ? after : before));
        }
        return tightest;
    }

    public CompletableFuture<Verdict> charge(Charge charge) {
        AsyncBucketProxy bucket = local.get(charge.key(), key -> {
            RemoteAsyncBucketBuilder<String> builder = buckets.asAsync().builder();
            return delayedSync
                    .map(builder::withOptimization)
                    .orElse(builder)
                    .build(
                            key,
                            () -> CompletableFuture.completedFuture(
                                    charge.budget().bucket()));
        });
        return bucket.tryConsumeAndReturnRemaining(1).thenApply(probe -> verdict(charge.budget(), probe));
    }

    /** Deletes the rows of buckets that are full again; returns how many. */
    public CompletableFuture<Integer> removeExpired() {
        return buckets.removeExpired(DELETE_BATCH)
                .thenCompose(removed -> removed < DELETE_BATCH
                        ? CompletableFuture.completedFuture(removed)
                        : removeExpired().thenApply(more -> removed + more));
    }

    private static Verdict verdict(Budget budget, ConsumptionProbe probe) {
        return new Verdict(
                probe.isConsumed(),
                budget,
                Math.max(0, probe.getRemainingTokens()),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
