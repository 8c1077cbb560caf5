package app.resonance.common.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Work that took longer than its limit and was stopped (a statement PostgreSQL cancelled after its
 * timeout): the documented code {@code TIMEOUT}, as for an operation over the GraphQL time limit.
 */
@ErrorCode("TIMEOUT")
public class TimedOut extends ApiException {

    public TimedOut(String message) {
        super(message);
    }
}
