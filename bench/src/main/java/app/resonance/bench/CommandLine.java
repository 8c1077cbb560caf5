package app.resonance.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The "--name value" options of a generator; an unknown name, a missing or an unreadable value is
 * an {@link IllegalArgumentException} with a message for the user.
 */
final class CommandLine {

    private final Map<String, String> values = new HashMap<>();

    /** {@code purpose} is the message of --help; {@code names} the options known, e.g. "--out". */
    CommandLine(String[] args, String purpose, List<String> names) {
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(purpose);
            }
            if (!names.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            values.put(option, args[++i]);
        }
    }

    int integer(String name, int fallback) {
        return value(name, fallback, Integer::parseInt);
    }

    long number(String name, long fallback) {
        return value(name, fallback, Long::parseLong);
    }

    Path path(String name, Path fallback) {
        return value(name, fallback, Path::of);
    }

    LocalDate date(String name, LocalDate fallback) {
        return value(name, fallback, LocalDate::parse);
    }

    private <T> T value(String name, T fallback, Function<String, T> parse) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("Bad value for " + name + ": " + value);
        }
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
