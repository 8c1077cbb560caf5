package app.resonance.common.graphql;

import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused before it ran, with the documented code (and, for a limit, the limit and what
 * the request asked for) in {@code extensions}. graphql-java answers an {@link AbortExecutionException}
 * thrown by an instrumentation as a result with this one error and no data.
 */
public class RequestRejected extends AbortExecutionException {

    public enum Code {
        QUERY_TOO_DEEP,
        TOO_MANY_FIELDS,
        TOO_MANY_ALIASES,
        QUERY_TOO_COMPLEX,
        TIMEOUT,
        INTROSPECTION_DISABLED,
        UNAUTHENTICATED,
        GRAPHQL_PARSE_FAILED,
        QUERY_TOO_LONG,
        NUMBER_OUT_OF_RANGE
    }

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public RequestRejected(Code code, String message) {
        super(message);
        extensions.put("code", code.name());
    }

    /** A limit the request went over: the limit and the request's own figure, for clients to show. */
    public static RequestRejected overLimit(Code code, String what, long limit, double actual) {
        long asked = (long) actual; // saturates at Long.MAX_VALUE
        RequestRejected rejected = new RequestRejected(
                code, "The request asks for " + asked + " " + what + "; the limit is " + limit + ".");
        rejected.extensions.put("limit", limit);
        rejected.extensions.put("actual", asked);
        return rejected;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** No stack trace: a refusal is an answer, not a failure, and it must stay cheap. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
