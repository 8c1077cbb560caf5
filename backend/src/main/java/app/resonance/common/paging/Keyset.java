package app.resonance.common.paging;

import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Keyset paging over SQL sort expressions and the row's id as the tie-breaker, all in one direction: the
 * ORDER BY, the "after this cursor" condition and the cursor of a row. A cursor keeps the sort values as
 * a JSON array of strings, so an order over several keys (last name, first name) pages as stably as one
 * over a single key.
 */
public final class Keyset {

    /** A sort expression over the query's tables, and how its value reads back from a cursor as a typed parameter. */
    public record Key(String expression, Function<String, Object> parser) {}

    private final List<Key> keys;
    private final String idColumn;
    private final boolean ascending;

    private Keyset(List<Key> keys, String idColumn, boolean ascending) {
        this.keys = keys;
        this.idColumn = idColumn;
        this.ascending = ascending;
    }

    public static Keyset of(boolean ascending, String idColumn, Key... keys) {
        return new Keyset(List.of(keys), idColumn, ascending);
    }

    public static Key key(String expression, Function<String, Object> parser) {
        return new Key(expression, parser);
    }

    /** ", lower(c.name) as sort_0, …": the sort values as extra columns of the page's select, for its cursors. */
    public String sortColumns() {
        return IntStream.range(0, keys.size())
                .mapToObj(i -> ", " + keys.get(i).expression() + " as sort_" + i)
                .collect(Collectors.joining());
    }

    /** "lower(c.name) asc, c.id asc". */
    public String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return expressions().stream().map(e -> e + direction).collect(Collectors.joining(", "));
    }

    /**
     * " and (lower(c.name), c.id) > ($4, $5)" for the rows after the cursor, with its values added to the
     * parameters; "" without a cursor. A cursor of another list is an error on {@code after}.
     */
    public String after(Cursor cursor, Tuple params) {
        if (cursor == null) {
            return "";
        }
        List<Object> values = cursor.sortValue(text -> {
            JsonArray array = new JsonArray(text);
            if (array.size() != keys.size()) {
                throw new IllegalArgumentException("a cursor of another order");
            }
            List<Object> typed = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                typed.add(keys.get(i).parser().apply(array.getString(i)));
            }
            return typed;
        });
        List<String> placeholders = new ArrayList<>();
        for (Object value : values) {
            params.addValue(value);
            placeholders.add("$" + params.size());
        }
        params.addValue(cursor.id());
        placeholders.add("$" + params.size());
        return " and (" + String.join(", ", expressions()) + ") " + (ascending ? ">" : "<") + " ("
                + String.join(", ", placeholders) + ")";
    }

    /** The cursor of a row read with {@link #sortColumns()}. */
    public String cursor(Row row, UUID id) {
        JsonArray values = new JsonArray();
        for (int i = 0; i < keys.size(); i++) {
            values.add(String.valueOf(row.getValue("sort_" + i)));
        }
        return new Cursor(values.encode(), id).encode();
    }

    private List<String> expressions() {
        List<String> all = new ArrayList<>(keys.stream().map(Key::expression).toList());
        all.add(idColumn);
        return all;
    }
}
