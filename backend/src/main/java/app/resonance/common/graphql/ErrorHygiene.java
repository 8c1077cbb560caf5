package app.resonance.common.graphql;

import app.resonance.common.error.ApiException;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.util.List;
import java.util.Map;

/**
 * Keeps every error code of an answer one the README documents. SmallRye names the code of an
 * exception without {@code @ErrorCode} after its class ("pg" for a PgException, "unauthorized" for
 * Quarkus' UnauthorizedException), which tells callers about internals and changes with libraries:
 * an anonymous caller's error becomes UNAUTHENTICATED, and any other unexpected failure INTERNAL_ERROR
 * with SmallRye's "System error" (the log has the cause). Our own errors and Bean Validation's pass
 * unchanged.
 */
final class ErrorHygiene {

    private ErrorHygiene() {}

    static ExecutionResponse clean(ExecutionResponse response, Map<String, Object> addedExtensions) {
        ExecutionResult result = response.getExecutionResult();
        if (result.getErrors().stream().noneMatch(ErrorHygiene::unexpected)) {
            return response;
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .map(error -> unexpected(error) ? documented((ExceptionWhileDataFetching) error) : error)
                .toList();
        return new ExecutionResponse(result.transform(builder -> builder.errors(errors)), addedExtensions);
    }

    private static boolean unexpected(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching fetching
                && !(fetching.getException() instanceof ApiException);
    }

    private static GraphQLError documented(ExceptionWhileDataFetching error) {
        boolean anonymous = error.getException() instanceof UnauthorizedException;
        return GraphqlErrorBuilder.newError()
                .message(anonymous ? "Sign in first." : "System error")
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(Map.of("code", anonymous ? "UNAUTHENTICATED" : "INTERNAL_ERROR"))
                .build();
    }
}
