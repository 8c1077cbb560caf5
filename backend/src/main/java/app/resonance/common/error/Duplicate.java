package app.resonance.common.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Input that would make a second row where one must be unique (a name, a member, an external id):
 * code {@code DUPLICATE}, with the field, reason and value of {@link InvalidInput}. Raised by the
 * services' own checks and, when two requests race past those, by the database's unique constraint
 * ({@code common.persistence.DatabaseErrors}).
 */
@ErrorCode("DUPLICATE")
public class Duplicate extends InvalidInput {

    public Duplicate(String field, Reason reason, String value, String message) {
        super(field, reason, value, message);
    }
}
