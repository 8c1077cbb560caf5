package app.resonance.common.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Input that breaks a rule Bean Validation cannot express (e.g. "already a member").
 * The field is reported in {@code extensions.field}.
 */
@ErrorCode("BAD_USER_INPUT")
public class InvalidInput extends ApiException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
