package app.resonance.common.persistence;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE of a filtered list, built condition by condition with numbered parameters: user values
 * only ever travel as parameters, never inside the SQL text.
 */
public final class SqlConditions {

    private final List<Object> params = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();

    /** Adds a parameter and answers its placeholder, e.g. {@code $3}. */
    public String param(Object value) {
        params.add(value);
        return "$" + params.size();
    }

    /** Adds a condition written with placeholders from {@link #param}. */
    public SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * "column = any($n)" for a list of values, an equality for one (an index then serves the page's
     * order), nothing for none.
     */
    public SqlConditions anyOf(String column, List<String> values) {
        if (values != null && values.size() == 1) {
            add(column + " = " + param(values.get(0)));
        } else if (values != null && values.size() > 1) {
            add(column + " = any(" + param(values.toArray(String[]::new)) + ")");
        }
        return this;
    }

    /**
     * The expression starts with the text in the placeholder, in any case: a range rather than LIKE, so that
     * an index on the lower-cased expression with text_pattern_ops serves it in a generic plan too (a cached
     * prepared statement's LIKE $1 cannot use one). Bytes compare as code points in UTF-8, and U+10FFFF is
     * the greatest code point, so the range holds every text that starts with the prefix.
     */
    public static String startsWith(String lowerCasedExpression, String placeholder) {
        return lowerCasedExpression + " ~>=~ lower(" + placeholder + ") and " + lowerCasedExpression + " ~<~ (lower("
                + placeholder + ") || U&'\\+10FFFF')";
    }

    /** "a and b and …". */
    public String where() {
        return String.join(" and ", conditions);
    }

    /** A fresh tuple of the parameters, to which a query may append its own. */
    public Tuple params() {
        return Tuple.from(params);
    }
}
