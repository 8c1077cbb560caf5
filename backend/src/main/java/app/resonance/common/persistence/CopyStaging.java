package app.resonance.common.persistence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * An import's JDBC transaction whose rows stream with {@code COPY} into a temporary staging table, the one
 * bulk path the reactive client lacks: opened with the statements that prepare the table, written a value
 * at a time, ended (and analyzed) before the set-based statements that move the rows, and rolled back on
 * {@link #close} unless {@link #commit}ted. Blocks: it runs on an import worker.
 */
public final class CopyStaging implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CopyStaging.class);

    private final String what;
    private final Connection connection;
    private final PGCopyOutputStream copy;
    private final CSVPrinter out;
    private boolean closed;

    private CopyStaging(String what, Connection connection, String copyStatement) throws SQLException, IOException {
        this.what = what;
        this.connection = connection;
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copyStatement);
        this.out = new CSVPrinter(
                new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16),
                CSVFormat.POSTGRESQL_CSV);
    }

    /**
     * Opens the transaction, runs {@code setup} (settings and the {@code on commit drop} staging table) and
     * starts {@code copyStatement} ({@code copy … from stdin with (format csv)}); {@code what} names the
     * import in a failure to roll back.
     */
    public static CopyStaging open(DataSource dataSource, String what, List<String> setup, String copyStatement)
            throws SQLException, IOException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : setup) {
                    statement.execute(sql);
                }
            }
            return new CopyStaging(what, connection, copyStatement);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    /** The next value of the current row. */
    public void value(Object value) throws IOException {
        out.print(value);
    }

    /** Ends the current row. */
    public void endRow() throws IOException {
        out.println();
    }

    /** Ends the COPY and gathers the staging table's statistics for the statements that follow. */
    public void endCopy(String table) throws SQLException, IOException {
        out.close();
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + table);
        }
    }

    public void commit() throws SQLException {
        connection.commit();
    }

    /** Rolls back whatever was not committed and returns the connection; once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (connection) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            connection.rollback();
        } catch (SQLException e) {
            LOG.warnf(e, "Closing the transaction of %s failed", what);
        }
    }
}
