package app.resonance.common.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Blocking JDBC work on worker threads (uploads, import jobs, download links, COPY), the few paths
 * the reactive client cannot serve: a connection or a transaction per call, and SQL failures turned
 * into unchecked ones that say what failed. API errors thrown by the work pass through as they are.
 */
public final class Jdbc {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException, IOException;
    }

    private final DataSource db;

    public Jdbc(DataSource db) {
        this.db = db;
    }

    /** Runs the work on a connection of its own in autocommit; {@code what} names it in a failure. */
    public <T> T withConnection(String what, Work<T> work) {
        try (Connection connection = db.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(String what, Work<T> work) {
        return withConnection(what, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        });
    }

    /** One statement with the parameters in order (an {@link Instant} as a timestamp); the rows it changed. */
    public int update(String what, String sql, Object... parameters) {
        return withConnection(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object parameter = parameters[i];
                    statement.setObject(i + 1, parameter instanceof Instant time ? Timestamp.from(time) : parameter);
                }
                return statement.executeUpdate();
            }
        });
    }
}
