package app.resonance.common.persistence;

import java.sql.SQLException;

import io.vertx.pgclient.PgException;

/** Recognises what PostgreSQL refused, wherever Hibernate or Mutiny wrapped it. */
public final class DatabaseErrors {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private DatabaseErrors() {
    }

    /** True when a row could not go because other rows still reference it. */
    public static boolean isStillReferenced(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Hibernate Reactive may have turned the PgException into a JDBC-style SQLException.
            if (cause instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState())
                    || cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
