package app.resonance.demo;

import app.resonance.common.tabular.RowImport;
import app.resonance.common.tabular.RowImport.WriteProgress;
import app.resonance.common.tabular.RowProblem;
import app.resonance.common.tabular.TabularReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The demo's data as the files an analyst would import, read by the features' own imports. */
final class DemoFiles {

    private static final WriteProgress UNWATCHED = new WriteProgress() {
        @Override
        public void rowsWritten(long rows) {}

        @Override
        public void balanceDaysUpdated(long days, long total) {}
    };

    private DemoFiles() {}

    /** Cells as a file holds them: text, with "" for nothing. */
    static List<String> cells(Object... values) {
        return Arrays.stream(values)
                .map(value -> value == null ? "" : value.toString())
                .toList();
    }

    /**
     * Checks and stores the rows with the import that {@code open} makes for a mapping of each column to the
     * field of its name; a row it refuses is a bug in the demo's data.
     */
    static void load(
            String what, Function<Map<String, String>, RowImport> open, List<String> header, List<List<String>> rows) {
        load(what, open.apply(header.stream().collect(Collectors.toMap(name -> name, name -> name))), header, rows);
    }

    /** Checks and stores the rows with the feature's import; a row it refuses is a bug in the demo's data. */
    static void load(String what, RowImport rowImport, List<String> header, List<List<String>> rows) {
        List<RowProblem> problems = new ArrayList<>();
        try (rowImport;
                TabularReader reader = TabularReader.of(header, rows)) {
            rowImport.check(reader, problems::add, read -> {});
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The demo's " + what + " do not import: " + problems);
            }
            rowImport.write(UNWATCHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
