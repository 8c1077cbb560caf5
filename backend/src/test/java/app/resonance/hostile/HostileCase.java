package app.resonance.hostile;

import java.time.Duration;
import java.util.function.Function;

/**
 * One hostile request and what it must get back: an answer with its status and named code, in time.
 * {@code code} null means "any of the documented codes" (or a Bean Validation violation) where the
 * exact one depends on the operation, e.g. a NUL character in each text argument of the schema.
 */
record HostileCase(
        String category, String name, Function<Target, Answer> send, int status, String code, Duration within) {

    static final Duration QUICKLY = Duration.ofSeconds(3);
    static final String NO_BODY = "";

    static HostileCase of(String category, String name, Function<Target, Answer> send, int status, String code) {
        return new HostileCase(category, name, send, status, code, QUICKLY);
    }

    @Override
    public String toString() {
        return category + ": " + name;
    }
}
