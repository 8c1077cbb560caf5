package app.resonance.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Hand-built customer rows written and counted with plain SQL (JDBC), for tests of what reads or moves them
 * (duplicates, merge, history, quality lists) independently of the API that writes them.
 */
public record SqlFixtures(DataSource db) {

    public UUID company(UUID workspace, String name) {
        UUID id = UUID.randomUUID();
        run(
                "insert into company (id, workspace_id, name, created_at, updated_at) values (?, ?, ?, now(), now())",
                id,
                workspace,
                name);
        return id;
    }

    /** A contact changed last at {@code updatedAt}; company may be null. */
    public UUID contact(
            UUID workspace, UUID company, String first, String last, String email, String phone, Instant updatedAt) {
        UUID id = UUID.randomUUID();
        run(
                "insert into contact (id, workspace_id, company_id, first_name, last_name, email, phone, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                workspace,
                company,
                first,
                last,
                email,
                phone,
                Timestamp.from(updatedAt),
                Timestamp.from(updatedAt));
        return id;
    }

    public UUID contact(UUID workspace, UUID company, String first, String last, String email, String phone) {
        return contact(workspace, company, first, last, email, phone, Instant.now());
    }

    /** Runs a statement with these parameters (an Instant is sent as a timestamp); answers the rows it changed. */
    public int run(String statement, Object... values) {
        try (Connection sql = db.getConnection();
                PreparedStatement prepared = sql.prepareStatement(statement)) {
            bind(prepared, values);
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** The first column of the first row of a query, as a long (a count). */
    public long number(String query, Object... values) {
        try (Connection sql = db.getConnection();
                PreparedStatement prepared = sql.prepareStatement(query)) {
            bind(prepared, values);
            try (ResultSet rows = prepared.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** The first column of the first row of a query, as text (null when there is no row). */
    public String text(String query, Object... values) {
        try (Connection sql = db.getConnection();
                PreparedStatement prepared = sql.prepareStatement(query)) {
            bind(prepared, values);
            try (ResultSet rows = prepared.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static void bind(PreparedStatement prepared, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            prepared.setObject(i + 1, values[i] instanceof Instant at ? Timestamp.from(at) : values[i]);
        }
    }
}
