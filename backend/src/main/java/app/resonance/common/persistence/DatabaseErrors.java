package app.resonance.common.persistence;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.InvalidInput.Reason;
import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises what PostgreSQL refused, wherever Hibernate or Mutiny wrapped it. */
public final class DatabaseErrors {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String QUERY_CANCELED = "57014";

    /** What each unique constraint protects, as the API names it. */
    private record Unique(String field, Reason reason, String message) {}

    /** The unique index on a named row's name: {@code <table>_name_unique} over (workspace_id, lower(name)). */
    private static final String NAME_UNIQUE = "_name_unique";

    private static final Map<String, Unique> UNIQUES = Map.of(
            "brand_one_client",
            new Unique("kind", Reason.SECOND_CLIENT_BRAND, "the workspace already has a client brand"),
            "membership_workspace_id_username_key",
            new Unique("username", Reason.ALREADY_A_MEMBER, "already a member"),
            "publication_workspace_id_external_id_key",
            new Unique(
                    "externalId",
                    Reason.EXTERNAL_ID_TAKEN,
                    "another publication of this workspace has this external id"));

    private DatabaseErrors() {}

    /** True when a row could not go because other rows still reference it. */
    public static boolean isStillReferenced(Throwable failure) {
        return sqlState(failure, FOREIGN_KEY_VIOLATION) != null;
    }

    /** True when PostgreSQL cancelled the statement, e.g. after its {@code statement_timeout}. */
    public static boolean isCancelled(Throwable failure) {
        return sqlState(failure, QUERY_CANCELED) != null;
    }

    /** True when this foreign key refused the write. */
    public static boolean isForeignKey(Throwable failure, String constraint) {
        return isStillReferenced(failure) && constraint.equals(constraint(failure));
    }

    /**
     * The failure as a {@link Duplicate} on the field its unique constraint protects, for writes that
     * raced past the service's own check; any other failure as it is.
     */
    public static Throwable asDuplicate(Throwable failure) {
        if (sqlState(failure, UNIQUE_VIOLATION) == null) {
            return failure;
        }
        String constraint = constraint(failure);
        Unique unique = constraint != null && constraint.endsWith(NAME_UNIQUE)
                ? new Unique(
                        "name",
                        Reason.NAME_TAKEN,
                        "another "
                                + constraint.substring(0, constraint.length() - NAME_UNIQUE.length())
                                + " of this workspace has this name")
                : UNIQUES.get(constraint);
        return unique == null ? failure : new Duplicate(unique.field(), unique.reason(), null, unique.message());
    }

    private static String constraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && pg.getConstraint() != null) {
                return pg.getConstraint();
            }
            if (cause instanceof ConstraintViolationException hibernates && hibernates.getConstraintName() != null) {
                return hibernates.getConstraintName();
            }
        }
        return null;
    }

    private static Throwable sqlState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Hibernate Reactive may have turned the PgException into a JDBC-style SQLException.
            if (cause instanceof PgException pg && state.equals(pg.getSqlState())
                    || cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return cause;
            }
        }
        return null;
    }
}
