package app.resonance.common.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * SmallRye answers every query graphql-java cannot parse with "Unparseable input document": no code,
 * no line, no reason. Only on that answer the query is parsed again, as SmallRye's parser did, to
 * tell the caller where and why. Remove when SmallRye passes graphql-java's syntax error on.
 */
final class UnparseableQuery {

    private static final String SMALLRYES_ANSWER = "Unparseable input document";

    private UnparseableQuery() {}

    static boolean is(ExecutionResponse response) {
        ExecutionResult result = response.getExecutionResult();
        return !result.isDataPresent()
                && result.getErrors().size() == 1
                && SMALLRYES_ANSWER.equals(result.getErrors().get(0).getMessage());
    }

    /** The named error for the query; SmallRye's answer when the query parses after all. */
    static ExecutionResponse explain(String query, ExecutionResponse smallRyes) {
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment()
                    .document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions())
                    .build());
            return smallRyes;
        } catch (ParseCancelledException e) {
            return answer(new RequestRejected(
                    RequestRejected.Code.QUERY_TOO_LONG,
                    "The query has more than "
                            + ParserOptions.getDefaultOperationParserOptions().getMaxTokens()
                            + " tokens; split it into several requests."));
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLine() + ", column " + at.getColumn();
            String token = e.getOffendingToken() == null ? "" : " near '" + e.getOffendingToken() + "'";
            return answer(new RequestRejected(
                    RequestRejected.Code.GRAPHQL_PARSE_FAILED, "The query is not valid GraphQL" + where + token + "."));
        }
    }

    private static ExecutionResponse answer(GraphQLError error) {
        return new ExecutionResponse(
                ExecutionResult.newExecutionResult().addError(error).build());
    }
}
