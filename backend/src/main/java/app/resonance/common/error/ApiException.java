package app.resonance.common.error;

/**
 * An error whose message is meant for the API caller. Listed in
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}, so its message reaches the
 * client instead of "System error".
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message);
    }
}
