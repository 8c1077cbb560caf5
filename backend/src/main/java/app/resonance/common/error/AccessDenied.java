package app.resonance.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The caller may not do this: missing role, or not a member of the workspace. */
@ErrorCode("FORBIDDEN")
public class AccessDenied extends ApiException {

    public AccessDenied(String message) {
        super(message);
    }
}
