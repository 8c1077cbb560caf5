package app.resonance.common.tabular;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * An import of one file into one workspace, all or nothing: {@link #check} reads every row and
 * reports every problem; only when there is none, {@link #write} stores the file in one
 * transaction. Both block: they run on a worker thread.
 */
public interface RowImport {

    /** Reads every row, reporting each problem; answers the number of data rows. */
    long check(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead);

    /** Stores every row of a file {@link #check} found clean. */
    void write(TabularReader reader, LongConsumer rowsWritten) throws IOException;
}
