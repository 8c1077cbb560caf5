package app.resonance.common.persistence;

import app.resonance.common.error.Duplicate;
import app.resonance.common.error.InvalidInput;
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

    /** The unique index on an imported row's id in its source: {@code <table>_external_id_unique}. */
    private static final String EXTERNAL_ID_UNIQUE = "_external_id_unique";

    /** A reference within the workspace: the foreign key over {@code (workspace_id, <noun>_id)}. */
    private static final String WORKSPACE_REFERENCE = "_workspace_id_";

    private static final String ID_KEY = "_id_fkey";

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

    /** True when this unique constraint refused the write. */
    public static boolean isUnique(Throwable failure, String constraint) {
        return sqlState(failure, UNIQUE_VIOLATION) != null && constraint.equals(constraint(failure));
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
     * The foreign key a write broke (e.g. {@code equipment_workspace_id_company_id_fkey}: no such company
     * in the row's workspace), or null when the failure is something else.
     */
    public static String brokenForeignKey(Throwable failure) {
        return sqlState(failure, FOREIGN_KEY_VIOLATION) == null ? null : constraint(failure);
    }

    /**
     * The failure as {@code NOT_FOUND} on the field of the reference a composite foreign key refused: PostgreSQL
     * names the key {@code <table>_workspace_id_<column>_id_fkey}, so {@code company_id} is the field {@code
     * companyId} (no such company in the row's workspace); any other failure as it is.
     */
    public static Throwable asUnknownReference(Throwable failure) {
        String key = brokenForeignKey(failure);
        int start = key == null ? -1 : key.indexOf(WORKSPACE_REFERENCE);
        if (start < 0 || !key.endsWith(ID_KEY)) {
            return failure;
        }
        String noun = key.substring(start + WORKSPACE_REFERENCE.length(), key.length() - ID_KEY.length());
        StringBuilder field = new StringBuilder();
        for (String word : noun.split("_")) {
            field.append(field.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return new InvalidInput(
                field + "Id", Reason.NOT_FOUND, "no such " + noun.replace('_', ' ') + " in this workspace");
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
        Unique unique;
        if (constraint != null && constraint.endsWith(NAME_UNIQUE)) {
            unique = new Unique(
                    "name",
                    Reason.NAME_TAKEN,
                    "another " + constraint.substring(0, constraint.length() - NAME_UNIQUE.length())
                            + " of this workspace has this name");
        } else if (constraint != null && constraint.endsWith(EXTERNAL_ID_UNIQUE)) {
            unique = new Unique(
                    "externalId",
                    Reason.EXTERNAL_ID_TAKEN,
                    "another " + constraint.substring(0, constraint.length() - EXTERNAL_ID_UNIQUE.length())
                            + " of this workspace has this external id");
        } else {
            unique = UNIQUES.get(constraint);
        }
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
