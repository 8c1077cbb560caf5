package app.resonance.common.tabular;

import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.TabularReader.TabularRow;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * An import of a short list (segments, channels, brands, weights): the check keeps the parsed
 * rows, and the write stores them all with one statement. Rows are matched to existing ones by
 * their key (e.g. the name, case-insensitive), so importing a file twice changes nothing.
 */
public abstract class ListImport<T> implements RowImport {

    private final List<T> rows = new ArrayList<>();
    private final Function<T, String> key;
    private final Function<List<T>, Uni<Void>> store;

    /**
     * @param key what makes two rows the same, e.g. the name (compared case-insensitively)
     * @param store stores all rows in one statement
     */
    protected ListImport(Function<T, String> key, Function<List<T>, Uni<Void>> store) {
        this.key = key;
        this.store = store;
    }

    /** Columns the file must have, the first being the one that names the row. */
    protected abstract List<String> requiredColumns();

    /** The row, or null after reporting its problems through {@code cells}. */
    protected abstract T parse(RowReader cells, Map<String, Integer> columns);

    /** The index of an optional column, or -1. */
    protected static int column(Map<String, Integer> columns, String name) {
        return columns.getOrDefault(name, -1);
    }

    @Override
    public long check(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead) {
        try {
            return checkRows(reader, problems, rowsRead);
        } catch (FileRefused refused) {
            problems.accept(refused.problem());
            return 0;
        }
    }

    private long checkRows(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead) {
        Map<String, Integer> columns = RowReader.columnIndex(reader.header());
        List<String> missing = requiredColumns().stream()
                .filter(name -> !columns.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            problems.accept(RowProblem.of(1, null, Reason.MISSING_COLUMNS, null, String.join(", ", missing)));
            return 0;
        }
        Map<String, Long> lineOfKey = new HashMap<>();
        long count = 0;
        for (TabularRow row = reader.next(); row != null; row = reader.next()) {
            RowReader cells = new RowReader(reader.header(), row, problems);
            T parsed = parse(cells, columns);
            if (parsed != null && !cells.failed()) {
                Long earlier = lineOfKey.putIfAbsent(key.apply(parsed).toLowerCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    cells.problem(
                            columns.get(requiredColumns().get(0)), Reason.REPEATS_LINE, null, String.valueOf(earlier));
                } else {
                    rows.add(parsed);
                }
            }
            rowsRead.accept(++count);
        }
        return count;
    }

    @Override
    public void write(WriteProgress progress) {
        store.apply(rows).await().indefinitely();
        progress.rowsWritten(rows.size());
    }
}
