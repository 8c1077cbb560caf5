package app.resonance.common.persistence;

import io.vertx.sqlclient.data.Numeric;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The columns of one table written with SQL, named once, each with its PostgreSQL type and where a
 * row record {@code R} keeps its value: every statement that lists the columns builds the list from
 * here, so a new column is one line and no statement forgets it.
 */
public record Table<R>(String name, List<Column<R>> columns) {

    public record Column<R>(String name, String type, Function<R, ?> value) {}

    /** The Java element types the PostgreSQL clients bind arrays of these types from. */
    private static final Map<String, Class<?>> ARRAY_ELEMENTS = Map.of(
            "uuid",
            UUID.class,
            "text",
            String.class,
            "float8",
            Double.class,
            "timestamptz",
            OffsetDateTime.class,
            "date",
            LocalDate.class,
            "int4",
            Integer.class,
            "numeric",
            Numeric.class,
            "bool",
            Boolean.class);

    @SafeVarargs
    public static <R> Table<R> of(String name, Column<R>... columns) {
        List<Column<R>> list = new ArrayList<>();
        for (Column<R> column : columns) {
            if (!ARRAY_ELEMENTS.containsKey(column.type())) {
                throw new IllegalArgumentException(name + "." + column.name() + ": no array type for " + column.type());
            }
            list.add(column);
        }
        return new Table<>(name, List.copyOf(list));
    }

    public static <R> Column<R> column(String name, String type, Function<R, ?> value) {
        return new Column<>(name, type, value);
    }

    /** The same table without the given columns, e.g. the columns an import stages (no workspace_id). */
    public Table<R> without(String... omitted) {
        Set<String> skipped = Set.of(omitted);
        return new Table<>(
                name,
                columns.stream()
                        .filter(column -> !skipped.contains(column.name()))
                        .toList());
    }

    /** "id, workspace_id, …". */
    public String list() {
        return join(Column::name);
    }

    /** "p.id, p.workspace_id, …": the columns under an alias. */
    public String listAs(String alias) {
        return join(column -> alias + "." + column.name());
    }

    /** "id uuid, title text, …": the shape of a staging table. */
    public String definitions() {
        return join(column -> column.name() + " " + column.type());
    }

    /** "brand_id = excluded.brand_id, …": an upsert's update of every column. */
    public String excludedAssignments() {
        return join(column -> column.name() + " = excluded." + column.name());
    }

    /** "$1, $2, …": one parameter per column, in order. */
    public String parameters() {
        return IntStream.rangeClosed(1, columns.size()).mapToObj(i -> "$" + i).collect(Collectors.joining(", "));
    }

    /** The column's parameter of {@link #parameters()}, e.g. "$2". */
    public String parameter(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return "$" + (i + 1);
            }
        }
        throw new IllegalArgumentException(name + " has no column " + column);
    }

    /** "brand_id = $3, …": every column but the given ones, set from its parameter of {@link #parameters()}. */
    public String assignments(String... except) {
        Set<String> skipped = Set.of(except);
        return columns.stream()
                .filter(column -> !skipped.contains(column.name()))
                .map(column -> column.name() + " = " + parameter(column.name()))
                .collect(Collectors.joining(", "));
    }

    /** "unnest($2::uuid[], $3::text[], …) as u(id, title, …)", its arrays numbered from {@code firstParameter}. */
    public String unnest(int firstParameter) {
        return "unnest("
                + IntStream.range(0, columns.size())
                        .mapToObj(i -> "$" + (firstParameter + i) + "::"
                                + columns.get(i).type() + "[]")
                        .collect(Collectors.joining(", "))
                + ") as u(" + list() + ")";
    }

    /** The names of the columns, but the given ones, whose values differ between the two rows. */
    public List<String> changed(R before, R after, String... except) {
        Set<String> skipped = Set.of(except);
        return columns.stream()
                .filter(column -> !skipped.contains(column.name()))
                .filter(column -> !Objects.equals(
                        column.value().apply(before), column.value().apply(after)))
                .map(Column::name)
                .toList();
    }

    /** The row's values in column order. */
    public Object[] values(R row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(row);
        }
        return values;
    }

    /** One typed array per column, for {@link #unnest}. */
    public Object[] arrays(List<R> rows) {
        return columns.stream()
                .map(column -> rows.stream().map(column.value()).toArray(n ->
                        (Object[]) Array.newInstance(ARRAY_ELEMENTS.get(column.type()), n)))
                .toArray();
    }

    private String join(Function<Column<R>, String> each) {
        return columns.stream().map(each).collect(Collectors.joining(", "));
    }
}
