package app.resonance.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** A token bucket: {@code requests} at most in a burst, refilled evenly over {@code per}. */
public record Budget(long requests, Duration per) {

    BucketConfiguration bucket() {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requests)
                        .refillGreedy(requests, per)
                        .build())
                .build();
    }

    /** The quota policy in the draft's syntax: "240;w=60" is 240 requests per 60 seconds. */
    String policy() {
        return requests + ";w=" + per.toSeconds();
    }
}
