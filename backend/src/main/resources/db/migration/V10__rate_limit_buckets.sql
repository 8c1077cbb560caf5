-- Token buckets of the rate limiter (app.resonance.ratelimit), shared by every instance. Bucket4j's
-- PostgreSQL proxy manager owns the rows: id is the bucket's key, state its serialized tokens and
-- refill time, expires_at (epoch milliseconds) when the bucket will be full again, after which the
-- row says nothing that a missing row does not and the cleanup deletes it.
-- UNLOGGED: a bucket is rewritten on most synchronizations and losing them all in a crash only gives
-- every caller a full budget again, so they skip the write-ahead log (and are not replicated).
CREATE UNLOGGED TABLE rate_limit_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
