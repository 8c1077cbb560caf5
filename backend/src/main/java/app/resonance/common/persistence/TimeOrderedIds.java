package app.resonance.common.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 ids: the creation time in the high bits, so rows inserted together land next to
 * each other in primary-key indexes (random ids scatter big imports over the whole index).
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {}

    public static UUID next() {
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
