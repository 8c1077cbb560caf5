package app.resonance.common.tabular;

import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.TabularReader.TabularRow;
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

    /** Reports a problem with the cell; {@code value} and {@code detail} as {@link RowProblem} says. */
    public void problem(int column, Reason reason, String value, String detail) {
        failed = true;
        problems.accept(RowProblem.of(
                row.line(), column >= 0 && column < header.size() ? header.get(column) : null, reason, value, detail));
    }

    public String text(int column, int maxLength, boolean required) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, Reason.EMPTY, null, null);
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, Reason.TOO_LONG, null, String.valueOf(maxLength));
        }
        if (value.indexOf('\0') >= 0) { // PostgreSQL's text cannot hold it
            problem(column, Reason.NUL_CHARACTER, null, null);
        }
        return value;
    }

    public String url(int column) {
        String value = text(column, 2000, false);
        if (value != null && !HTTP_ADDRESS.matcher(value).matches()) {
            problem(column, Reason.NOT_AN_ADDRESS, value, null);
        }
        return value;
    }

    /** A number from 0 to 1 (a decimal comma is accepted); null when empty or bad. */
    public Double fraction(int column, boolean required) {
        String value = raw(column).replace(',', '.');
        if (value.isEmpty()) {
            if (required) {
                problem(column, Reason.EMPTY, null, null);
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
        problem(column, Reason.NOT_A_FRACTION, value, null);
        return null;
    }

    /** A time with offset, a local date-time (UTC) or a date (midnight UTC), from {@code earliest} to {@code latest}. */
    public OffsetDateTime time(int column, OffsetDateTime earliest, OffsetDateTime latest) {
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
                    problem(column, Reason.NOT_A_DATE, value, null);
                    return null;
                }
            }
        }
        if (time.isAfter(latest)) {
            problem(column, Reason.IN_THE_FUTURE, value, null);
            return null;
        }
        if (time.isBefore(earliest)) {
            problem(column, Reason.TOO_EARLY, value, earliest.toLocalDate().toString());
            return null;
        }
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The id of the row named in the cell (case-insensitive); {@code unknown} when there is none of that name. */
    public UUID reference(int column, Map<String, UUID> byLowerCaseName, Reason unknown) {
        String value = raw(column);
        UUID id = byLowerCaseName.get(value.toLowerCase(Locale.ROOT));
        if (id == null && value.isEmpty()) {
            problem(column, Reason.EMPTY, null, null);
        } else if (id == null) {
            problem(column, unknown, value, null);
        }
        return id;
    }

    /** One of the enum's constants, case-insensitive. */
    public <E extends Enum<E>> E choice(int column, Class<E> type) {
        String value = raw(column);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            problem(column, Reason.NOT_ONE_OF, value, String.join(", ", names));
            return null;
        }
    }
}
