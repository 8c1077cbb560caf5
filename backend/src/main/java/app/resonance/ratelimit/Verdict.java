package app.resonance.ratelimit;

/**
 * What a bucket said about one request: let through or not, and the figures its answer carries in
 * the RateLimit header fields.
 */
public record Verdict(boolean allowed, Budget budget, long remaining, long secondsToReset, long secondsToRetry) {}
