package app.resonance.common.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses an operation over {@link GraphQLLimits} before it runs: once before validation (on the
 * first sight of a document, so that a fragment bomb never reaches graphql-java's validation, whose
 * overlapping-fields check grows with the expansion), and again before execution, where the page
 * sizes in variables are known (SmallRye caches validated documents, so this check runs on every
 * request). Introspection needs a signed-in caller (a WebSocket may start anonymous) and can be
 * switched off.
 */
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    private static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type");

    private final GraphQLLimits limits;

    QueryLimitsInstrumentation(GraphQLLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        check(parameters.getDocument(), parameters.getOperation(), parameters.getVariables(), parameters.getSchema());
        refuseNumbersWithoutADouble(parameters.getDocument());
        return super.beginValidation(parameters, state);
    }

    /**
     * A float literal beyond a double (1e400) would reach the resolvers as infinity, which JSON cannot
     * carry; literals do not change with variables, so the first sight of a document is enough.
     */
    private static void refuseNumbersWithoutADouble(Document document) {
        new NodeTraverser()
                .depthFirst(
                        new NodeVisitorStub() {
                            @Override
                            @SuppressWarnings("rawtypes") // the signature graphql-java's visitor declares
                            public TraversalControl visitFloatValue(FloatValue node, TraverserContext<Node> context) {
                                if (!Double.isFinite(node.getValue().doubleValue())) {
                                    throw new RequestRejected(
                                            RequestRejected.Code.NUMBER_OUT_OF_RANGE,
                                            "The number " + node.getValue() + " is beyond the range of a Float.");
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        check(
                execution.getDocument(),
                execution.getOperationDefinition().getName(),
                execution.getCoercedVariables().toMap(),
                execution.getGraphQLSchema());
        return super.beginExecuteOperation(parameters, state);
    }

    void check(Document document, String operationName, Map<String, Object> variables, GraphQLSchema schema) {
        QueryShape shape = QueryShape.of(document, operationName, variables, schema, limits.defaultPageSize());
        if (shape.depth() > limits.maxDepth()) {
            throw RequestRejected.overLimit(
                    RequestRejected.Code.QUERY_TOO_DEEP, "levels of fields", limits.maxDepth(), shape.depth());
        }
        if (shape.fields() > limits.maxFields()) {
            throw RequestRejected.overLimit(
                    RequestRejected.Code.TOO_MANY_FIELDS,
                    "fields (fragments expanded)",
                    limits.maxFields(),
                    shape.fields());
        }
        if (shape.aliases() > limits.maxAliases()) {
            throw RequestRejected.overLimit(
                    RequestRejected.Code.TOO_MANY_ALIASES, "aliased fields", limits.maxAliases(), shape.aliases());
        }
        if (shape.cost() > limits.maxCost()) {
            throw RequestRejected.overLimit(
                    RequestRejected.Code.QUERY_TOO_COMPLEX,
                    "cost points (fields times the page sizes above them)",
                    limits.maxCost(),
                    shape.cost());
        }
        if (introspects(document)) {
            if (!limits.introspection()) {
                throw new RequestRejected(
                        RequestRejected.Code.INTROSPECTION_DISABLED,
                        "Introspection is switched off on this server; the schema is published with the API's documentation.");
            }
            if (!signedIn()) {
                throw new RequestRejected(RequestRejected.Code.UNAUTHENTICATED, "Sign in to introspect the schema.");
            }
        }
    }

    /** Whether any selection asks for the schema or a type; such fields are valid only at the root. */
    private static boolean introspects(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                        .anyMatch(operation -> introspects(operation.getSelectionSet()))
                || document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .anyMatch(fragment -> introspects(fragment.getSelectionSet()));
    }

    private static boolean introspects(SelectionSet selections) {
        return selections != null
                && selections.getSelections().stream()
                        .anyMatch(selection -> selection instanceof Field field
                                        && INTROSPECTION_FIELDS.contains(field.getName())
                                || selection instanceof InlineFragment inline && introspects(inline.getSelectionSet()));
    }

    private static boolean signedIn() {
        SecurityIdentity identity =
                Arc.container().instance(CurrentIdentityAssociation.class).get().getIdentity();
        return identity != null && !identity.isAnonymous();
    }
}
