package app.resonance.common.tabular;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * An import of one file into one workspace, all or nothing, reading the file once: {@link #check}
 * reads every row, reports every problem and keeps what the write needs (the parsed rows, or rows
 * staged in an open transaction); only when there is no problem, {@link #write} stores them in one
 * transaction. {@link #close} lets go of whatever is still kept. All block: they run on a worker
 * thread.
 */
public interface RowImport extends AutoCloseable {

    /** Reads every row, reporting each problem; answers the number of data rows. */
    long check(TabularReader reader, Consumer<RowProblem> problems, LongConsumer rowsRead);

    /** Stores every row of a file {@link #check} found clean. */
    void write(WriteProgress progress);

    @Override
    default void close() {}

    /** Where a write tells how far it got. */
    interface WriteProgress {

        void rowsWritten(long rows);

        /** After the rows: days of the media balance's daily sums recomputed so far, of {@code total}. */
        void balanceDaysUpdated(long days, long total);

        /** After the rows, for imports that match rows to existing records: what became of them. */
        default void counted(long created, long updated, long unchanged) {}
    }
}
