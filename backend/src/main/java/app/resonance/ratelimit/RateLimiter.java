package app.resonance.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Token buckets in the table rate_limit_bucket, through Bucket4j's PostgreSQL proxy manager: each
 * synchronization is one short transaction that locks the bucket's row (SELECT … FOR UPDATE), so
 * instances sharing the database share the buckets. Blocking (JDBC): call it off the event loop.
 *
 * <p>With {@code maxUnsyncedRequests} k &gt; 0 an instance answers from its own copy of a bucket and
 * writes what it counted at the latest after k requests or {@code maxUnsyncedTime} (Bucket4j's
 * delaying optimization). A burst through N instances can then get up to N × k requests more than
 * the budget before all of them see the shared state; the bucket goes into debt by as much, so the
 * overshoot is paid back before the next request is let through and the long-run rate stays exact.
 */
public class RateLimiter {

    /** Bucket copies kept locally; a dropped copy costs its unsynced requests (at most k) and one read. */
    private static final int LOCAL_BUCKETS = 100_000;
    private static final int DELETE_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Optional<Optimization> delayedSync;
    private final Cache<String, BucketProxy> local;

    public RateLimiter(DataSource dataSource, int maxUnsyncedRequests, Duration maxUnsyncedTime) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // A full bucket's row says nothing that a missing one does not.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.delayedSync = maxUnsyncedRequests > 0
                ? Optional.of(Optimizations.delaying(new DelayParameters(maxUnsyncedRequests, maxUnsyncedTime)))
                : Optional.empty();
        this.local = Caffeine.newBuilder().maximumSize(LOCAL_BUCKETS).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /**
     * Takes one request from each bucket in turn and stops at the first that refuses it (the buckets
     * before it keep the request: a refused caller mostly retries later anyway). The verdict of a
     * request let through is that of the bucket with the fewest requests left.
     */
    public Verdict charge(List<Charge> charges) {
        Verdict tightest = null;
        for (Charge charge : charges) {
            Verdict verdict = charge(charge);
            if (!verdict.allowed()) {
                return verdict;
            }
            if (tightest == null || verdict.remaining() < tightest.remaining()) {
                tightest = verdict;
            }
        }
        return tightest;
    }

    public Verdict charge(Charge charge) {
        BucketProxy bucket = local.get(charge.key(), key -> {
            RemoteBucketBuilder<String> builder = buckets.builder();
            return delayedSync.map(builder::withOptimization).orElse(builder)
                    .build(key, () -> charge.budget().bucket());
        });
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Verdict(probe.isConsumed(), charge.budget(), Math.max(0, probe.getRemainingTokens()),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** Deletes the rows of buckets that are full again; returns how many. */
    public int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(DELETE_BATCH);
            removed += batch;
        } while (batch == DELETE_BATCH);
        return removed;
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
