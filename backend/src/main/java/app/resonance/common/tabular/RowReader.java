package app.resonance.common.tabular;

import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.TabularReader.TabularRow;
import java.math.BigDecimal;
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
import java.util.Set;
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
    /** The API's rules (ContactInput, PurchaseInput), checked the same way for a file. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private static final Pattern PHONE = Pattern.compile("^[0-9+()./ -]*$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}(-[A-Z]{2})?$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "");

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

    /** Optional text, "" when the cell is empty: for columns that hold "" rather than null. */
    public String textOrEmpty(int column, int maxLength) {
        String value = text(column, maxLength, false);
        return value == null ? "" : value;
    }

    /** An email address (one @, no spaces), or "" when empty. */
    public String email(int column) {
        String value = textOrEmpty(column, 320);
        return matches(column, value, EMAIL, Reason.NOT_AN_EMAIL);
    }

    /** A phone number as the API takes it, or "" when empty. */
    public String phone(int column) {
        return matches(column, textOrEmpty(column, 50), PHONE, Reason.NOT_A_PHONE);
    }

    /** An ISO 3166-1 alpha-2 code in any case, upper-cased; null when empty. */
    public String country(int column) {
        String value = raw(column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!COUNTRIES.contains(value)) {
            problem(column, Reason.NOT_A_COUNTRY, raw(column), null);
        }
        return value;
    }

    /** A language tag such as en or pt-BR; null when empty. */
    public String language(int column) {
        String value = raw(column);
        return value.isEmpty() ? null : matches(column, value, LANGUAGE, Reason.NOT_A_LANGUAGE);
    }

    /** An ISO 4217 code in any case, upper-cased. */
    public String currency(int column) {
        String value = raw(column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            problem(column, Reason.EMPTY, null, null);
            return null;
        }
        return matches(column, value, CURRENCY, Reason.NOT_A_CURRENCY);
    }

    /** true/false, yes/no, y/n or 1/0 in any case; false when empty. */
    public boolean bool(int column) {
        String value = raw(column).toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        if (!FALSE.contains(value)) {
            problem(column, Reason.NOT_A_BOOLEAN, raw(column), null);
        }
        return false;
    }

    /** A date (2026-05-01); null when empty. */
    public LocalDate date(int column) {
        String value = raw(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            // An XLSX date cell reads as a time at midnight UTC.
            return value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, Reason.NOT_A_DATE, value, null);
            return null;
        }
    }

    /** A whole number from 1 to {@code max}; 1 when empty. */
    public int quantity(int column, int max) {
        String value = raw(column);
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int number = new BigDecimal(value).intValueExact();
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        problem(column, Reason.NOT_A_QUANTITY, value, String.valueOf(max));
        return 1;
    }

    /** An amount of at least 0 with at most two decimals and twelve digits before them (a decimal comma is accepted). */
    public BigDecimal amount(int column) {
        String value = raw(column).replace(',', '.');
        if (value.isEmpty()) {
            problem(column, Reason.EMPTY, null, null);
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value).stripTrailingZeros();
            if (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 12) {
                return amount.setScale(2);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, Reason.NOT_AN_AMOUNT, value, null);
        return null;
    }

    private String matches(int column, String value, Pattern pattern, Reason reason) {
        if (!value.isEmpty() && !pattern.matcher(value).matches()) {
            problem(column, reason, value, null);
        }
        return value;
    }

    /** One of the enum's constants, case-insensitive; null when empty. */
    public <E extends Enum<E>> E optionalChoice(int column, Class<E> type) {
        return raw(column).isEmpty() ? null : choice(column, type);
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
