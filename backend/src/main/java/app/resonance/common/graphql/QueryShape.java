package app.resonance.common.graphql;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operation asks of the server, measured on its document as if every fragment spread were
 * expanded, without expanding them: each fragment is measured once and its figures reused wherever
 * it is spread. A document whose fragments each spread the next one twice thus measures in time
 * linear in its size, while its expansion (and graphql-java's own complexity analysis) grows
 * exponentially. Runs before validation, so unknown fields and fragments measure as nothing and
 * are left for validation to name.
 *
 * @param depth   the deepest nesting of fields
 * @param fields  fields selected after expansion
 * @param aliases aliased fields after expansion
 * @param cost    fields weighted by the page sizes of the lists they sit in
 */
public record QueryShape(int depth, double fields, double aliases, double cost) {

    private static final QueryShape NOTHING = new QueryShape(0, 0, 0, 0);
    private static final String PAGE_SIZE_ARGUMENT = "first";

    /** The largest figures among the document's operations (the named one alone, when named and present). */
    public static QueryShape of(
            Document document,
            String operationName,
            Map<String, Object> variables,
            GraphQLSchema schema,
            int defaultPageSize) {
        Measure measure = new Measure(document, variables, schema, defaultPageSize);
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        List<OperationDefinition> chosen = operations.stream()
                .filter(operation -> operationName != null && operationName.equals(operation.getName()))
                .toList();
        QueryShape largest = NOTHING;
        for (OperationDefinition operation : chosen.isEmpty() ? operations : chosen) {
            largest = largest.max(measure.selections(operation.getSelectionSet(), rootType(schema, operation)));
        }
        return largest;
    }

    private static GraphQLFieldsContainer rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    private QueryShape plus(QueryShape other) {
        return new QueryShape(
                Math.max(depth, other.depth), fields + other.fields, aliases + other.aliases, cost + other.cost);
    }

    private QueryShape max(QueryShape other) {
        return new QueryShape(
                Math.max(depth, other.depth),
                Math.max(fields, other.fields),
                Math.max(aliases, other.aliases),
                Math.max(cost, other.cost));
    }

    private static final class Measure {

        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, QueryShape> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();
        private final Map<String, Object> variables;
        private final GraphQLSchema schema;
        private final int defaultPageSize;

        Measure(Document document, Map<String, Object> variables, GraphQLSchema schema, int defaultPageSize) {
            document.getDefinitionsOfType(FragmentDefinition.class)
                    .forEach(fragment -> fragments.putIfAbsent(fragment.getName(), fragment));
            this.variables = variables == null ? Map.of() : variables;
            this.schema = schema;
            this.defaultPageSize = defaultPageSize;
        }

        QueryShape selections(SelectionSet selectionSet, GraphQLFieldsContainer parent) {
            QueryShape sum = NOTHING;
            if (selectionSet == null) {
                return sum;
            }
            for (Selection<?> selection : selectionSet.getSelections()) {
                sum = sum.plus(selection(selection, parent));
            }
            return sum;
        }

        private QueryShape selection(Selection<?> selection, GraphQLFieldsContainer parent) {
            if (selection instanceof Field field) {
                return field(field, parent);
            }
            if (selection instanceof InlineFragment inline) {
                return selections(
                        inline.getSelectionSet(),
                        inline.getTypeCondition() == null
                                ? parent
                                : container(inline.getTypeCondition().getName()));
            }
            return selection instanceof FragmentSpread spread ? fragment(spread.getName()) : NOTHING;
        }

        private QueryShape field(Field field, GraphQLFieldsContainer parent) {
            GraphQLFieldDefinition definition = definition(parent, field.getName());
            QueryShape below = NOTHING;
            double pageSize = 1;
            if (definition != null) {
                below = selections(field.getSelectionSet(), container(GraphQLTypeUtil.unwrapAll(definition.getType())));
                if (definition.getArgument(PAGE_SIZE_ARGUMENT) != null) {
                    pageSize = pageSize(field);
                }
            }
            return new QueryShape(
                    below.depth + 1,
                    below.fields + 1,
                    below.aliases + (field.getAlias() == null ? 0 : 1),
                    1 + pageSize * below.cost);
        }

        /** The field's definition, introspection's own fields (__schema, __type, __typename) included. */
        private GraphQLFieldDefinition definition(GraphQLFieldsContainer parent, String name) {
            if (parent == null) {
                return null;
            }
            if (parent == schema.getQueryType() && name.equals("__schema")) {
                return schema.getIntrospectionSchemaFieldDefinition();
            }
            if (parent == schema.getQueryType() && name.equals("__type")) {
                return schema.getIntrospectionTypeFieldDefinition();
            }
            return name.equals("__typename")
                    ? schema.getIntrospectionTypenameFieldDefinition()
                    : parent.getFieldDefinition(name);
        }

        /** The page size asked for: a literal, a variable, or the default when left out. */
        private double pageSize(Field field) {
            Argument first = field.getArguments().stream()
                    .filter(argument -> argument.getName().equals(PAGE_SIZE_ARGUMENT))
                    .findFirst()
                    .orElse(null);
            Object value = null;
            if (first != null && first.getValue() instanceof IntValue literal) {
                value = literal.getValue();
            } else if (first != null && first.getValue() instanceof VariableReference variable) {
                value = variables.get(variable.getName());
            }
            return value instanceof Number number ? Math.max(0, number.doubleValue()) : defaultPageSize;
        }

        private QueryShape fragment(String name) {
            QueryShape known = measured.get(name);
            FragmentDefinition fragment = fragments.get(name);
            if (known != null || fragment == null || !measuring.add(name)) {
                // A fragment that spreads itself is invalid; validation says so.
                return known == null ? NOTHING : known;
            }
            QueryShape shape = selections(
                    fragment.getSelectionSet(),
                    container(fragment.getTypeCondition().getName()));
            measuring.remove(name);
            measured.put(name, shape);
            return shape;
        }

        private GraphQLFieldsContainer container(String typeName) {
            return container(schema.getType(typeName));
        }

        private static GraphQLFieldsContainer container(GraphQLType type) {
            return type instanceof GraphQLFieldsContainer fields ? fields : null;
        }
    }
}
