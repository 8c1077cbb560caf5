package app.resonance.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Bucket4j's buckets in the table rate_limit_bucket, read and written over the reactive client by
 * compare-and-swap (Bucket4j's extension point for stores without locks): a bucket is read, changed
 * in memory and written back only if its row still holds what was read, else read again. Two
 * statements per synchronization, none blocking; Bucket4j's own PostgreSQL module needs JDBC, a
 * worker thread and a transaction of three round trips for the same.
 */
final class BucketTable extends AbstractCompareAndSwapBasedProxyManager<String> {

    /** A full bucket's row says nothing that a missing one does not: it expires when the bucket is full. */
    private static final ExpirationAfterWriteStrategy EXPIRY =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

    private final Pool pool;

    BucketTable(Pool pool) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(EXPIRY));
        this.pool = pool;
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        return new AsyncCompareAndSwapOperation() {
            @Override
            public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
                return pool.preparedQuery("SELECT state FROM rate_limit_bucket WHERE id = $1")
                        .execute(Tuple.of(key))
                        .map(rows -> rows.size() == 0
                                ? Optional.<byte[]>empty()
                                : Optional.ofNullable(rows.iterator()
                                                .next()
                                                .getDelegate()
                                                .getBuffer(0))
                                        .map(Buffer::getBytes))
                        .subscribeAsCompletionStage();
            }

            @Override
            public CompletableFuture<Boolean> compareAndSwap(
                    byte[] originalData, byte[] newData, RemoteBucketState newState, Optional<Long> timeoutNanos) {
                long expiresAt =
                        System.currentTimeMillis() + EXPIRY.calculateTimeToLiveMillis(newState, currentTimeNanos());
                var write = originalData == null
                        ? pool.preparedQuery("INSERT INTO rate_limit_bucket (id, state, expires_at) VALUES ($1, $2, $3)"
                                        + " ON CONFLICT (id) DO NOTHING")
                                .execute(Tuple.of(key, Buffer.buffer(newData), expiresAt))
                        : pool.preparedQuery(
                                        "UPDATE rate_limit_bucket SET state = $2, expires_at = $3 WHERE id = $1 AND state = $4")
                                .execute(Tuple.of(key, Buffer.buffer(newData), expiresAt, Buffer.buffer(originalData)));
                return write.map(RowSet::rowCount).map(count -> count == 1).subscribeAsCompletionStage();
            }
        };
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("The rate limiter's buckets are used asynchronously only");
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return pool.preparedQuery("DELETE FROM rate_limit_bucket WHERE id = $1")
                .execute(Tuple.of(key))
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }

    @Override
    public void removeProxy(String key) {
        removeAsync(key).join();
    }

    @Override
    public boolean isAsyncModeSupported() {
        return true;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** Deletes up to {@code limit} rows of buckets that are full again, skipping rows being written; returns how many. */
    CompletableFuture<Integer> removeExpired(int limit) {
        return pool.preparedQuery("DELETE FROM rate_limit_bucket WHERE id IN (SELECT id FROM rate_limit_bucket"
                        + " WHERE expires_at < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)")
                .execute(Tuple.of(System.currentTimeMillis(), limit))
                .map(RowSet::rowCount)
                .subscribeAsCompletionStage();
    }
}
