package app.resonance.common.tabular;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import app.resonance.common.tabular.TabularReader.TabularRow;

/**
 * Reads typed values from the cells of one row, reporting each bad cell with its line and column
 * name; {@link #failed()} tells whether the row can be used. The rules are the API's rules.
 */
public final class RowReader {

    private static final Pattern HTTP_ADDRESS = Pattern.compile("^https?://\\S+$");

    private final List<String> header;
    private final TabularRow row;
    private final Consumer<RowProblem> problems;
    private boolean failed;

    public RowReader(List<String> header, TabularRow row, Consumer<RowProblem> problems) {
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    /** Column indexes by lower-case name. */
    public static Map<String, Integer> columnIndex(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        return index;
    }

    /** Ids by lower-case name, to resolve the names a file refers to. */
    public static <T> Map<String, UUID> idsByName(List<T> rows, Function<T, String> name, Function<T, UUID> id) {
        Map<String, UUID> index = new HashMap<>();
        rows.forEach(row -> index.putIfAbsent(name.apply(row).toLowerCase(Locale.ROOT), id.apply(row)));
        return index;
    }

    public boolean failed() {
        return failed;
    }

    public String raw(int column) {
        return row.cell(column).strip();
    }

    public void problem(int column, String message) {
        failed = true;
        problems.accept(new RowProblem(row.line(), column >= 0 && column < header.size() ? header.get(column) : null,
                message));
    }

    public String text(int column, int maxLength, boolean required) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, "is empty");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, "is longer than " + maxLength + " characters");
        }
        return value;
    }

    public String url(int column) {
        String value = text(column, 2000, false);
        if (value != null && !HTTP_ADDRESS.matcher(value).matches()) {
            problem(column, "'" + value + "' is not an http(s) address");
        }
        return value;
    }

    /** A number from 0 to 1 (a decimal comma is accepted); null when empty or bad. */
    public Double fraction(int column, boolean required) {
        String value = raw(column).replace(',', '.');
        if (value.isEmpty()) {
            if (required) {
                problem(column, "is empty");
            }
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && number <= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, "'" + value + "' is not a number from 0 to 1");
        return null;
    }

    /** A time with offset, a local date-time (UTC) or a date (midnight UTC), not after {@code latest}. */
    public OffsetDateTime time(int column, OffsetDateTime latest) {
        String value = raw(column);
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value);
        } catch (DateTimeParseException notWithOffset) {
            try {
                time = LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    time = LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    problem(column, "'" + value + "' is not a date (e.g. 2026-05-01 or 2026-05-01T10:00:00Z)");
                    return null;
                }
            }
        }
        if (time.isAfter(latest)) {
            problem(column, "'" + value + "' is in the future");
            return null;
        }
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The id of the row named in the cell (case-insensitive). */
    public UUID reference(int column, Map<String, UUID> byLowerCaseName, String noun) {
        String value = raw(column);
        UUID id = byLowerCaseName.get(value.toLowerCase(Locale.ROOT));
        if (id == null) {
            problem(column, value.isEmpty() ? "is empty" : "no " + noun + " named '" + value + "' in this workspace");
        }
        return id;
    }

    /** One of the enum's constants, case-insensitive. */
    public <E extends Enum<E>> E choice(int column, Class<E> type) {
        String value = raw(column);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            problem(column, "'" + value + "' is not one of " + String.join(", ", names));
            return null;
        }
    }
}
