package app.resonance.common.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Input that breaks a rule Bean Validation cannot express (e.g. "already a member"). The field, the
 * reason and the value it is about are reported in {@code extensions.field}, {@code .reason} and
 * {@code .value}, so that clients can mark the field and word the message in the user's language;
 * the message itself is English.
 */
@ErrorCode("BAD_USER_INPUT")
public class InvalidInput extends ApiException {

    /** What is wrong, independent of the wording. Clients translate these: add, never rename. */
    public enum Reason {
        INVALID_ID,
        NOT_FOUND,
        NAME_TAKEN,
        SECOND_CLIENT_BRAND,
        HAS_PUBLICATIONS,
        GIVEN_TWICE,
        UPLOAD_NOT_FOUND,
        IMPORT_NOT_FOUND,
        UNREADABLE_FILE,
        ALERT_ALREADY_IN_STATE,
        NOT_A_MEMBER,
        ALREADY_A_MEMBER,
        LAST_MEMBER,
        INVALID_CURSOR,
        PAGE_SIZE,
        ABOVE_IMMEDIATE_GAP,
        NOT_AFTER_START,
        BELOW_MINIMUM,
        WINDOW_TOO_LONG,
        NOT_A_TIME_ZONE,
        IN_THE_FUTURE,
        MISSING,
        EXTERNAL_ID_TAKEN,
        TOO_EARLY,
        TOO_MANY_ROWS,
        TOO_MANY_COLUMNS,
        CELL_TOO_LONG,
        RECORD_TOO_LONG,
        FILE_TOO_BIG_INFLATED,
        SUSPICIOUS_COMPRESSION,
        EMPTY_FILE,
        TOO_MANY_UPLOADS,
        UPLOADS_TOO_LARGE,
        TOO_MANY_QUEUED_IMPORTS,
        UNSUPPORTED_CHARSET,
        HAS_VALUES,
        OPTION_IN_USE,
        NOT_AN_OPTION,
        OPTION_EXISTS,
        ONLY_FOR_ENUMERATION,
        WRONG_VALUE_TYPE,
        TOO_LATE,
        BEFORE_PRODUCTION,
        ONE_OWNER,
        NAME_OR_EMAIL_MISSING,
        UNKNOWN_COUNTRY,
        ONE_OF,
        RULE_TOO_LARGE,
        RULE_TOO_DEEP,
        TARGET_GROUP_CYCLE,
        NOT_FOR_THIS_TYPE,
        TARGET_GROUP_IN_USE,
        SAME_CONTACT,
        NOT_A_JSON_OBJECT,
        STATE_TOO_LARGE,
        BEFORE_START,
        ONLY_WHEN_OUTSOURCED,
        CAMPAIGN_CYCLE,
        STATUS_NOT_REACHABLE,
        UNKNOWN_CURRENCY,
        NOT_YET_TAKEN_PLACE,
        NOT_OFFERED,
        NO_WEIGHT,
        ABOVE_MODERATE_GAP,
        REACTION_PLANNED
    }

    private final String field;
    private final Reason reason;
    private final String value;

    public InvalidInput(String field, Reason reason, String message) {
        this(field, reason, null, message);
    }

    /** {@code value}: what the message is about (a name, a limit), for clients that word it themselves. */
    public InvalidInput(String field, Reason reason, String value, String message) {
        super(field + ": " + message);
        this.field = field;
        this.reason = reason;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    public String value() {
        return value;
    }
}
