package app.resonance.common.livefeed;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A graphql-transport-ws {@code subscribe} whose operation is a live feed's subscription, taken apart: its
 * feed, its arguments, and the same selection as a query of one item ({@link #renderQuery}), which renders
 * an item exactly as the subscription would.
 */
record FeedSubscription(
        FeedChannel<?> channel,
        Document document,
        String workspaceId,
        String since,
        String renderQuery,
        JsonObject renderVariables,
        String renderKey) {

    private static final String WORKSPACE_VARIABLE = "resonanceFeedWorkspaceId";
    private static final String ITEM_VARIABLE = "resonanceFeedItemId";

    /** The feed subscription in this payload, or null when it is anything else (SmallRye handles that). */
    static FeedSubscription of(JsonObject payload, LiveFeeds feeds) {
        String query = payload.getValue("query") instanceof String text ? text : null;
        if (query == null) {
            return null;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return null;
        }
        OperationDefinition operation = operation(document, payload.getString("operationName"));
        if (operation == null
                || operation.getOperation() != OperationDefinition.Operation.SUBSCRIPTION
                || operation.getSelectionSet().getSelections().size() != 1
                || !(operation.getSelectionSet().getSelections().get(0) instanceof Field field)
                || feeds.channel(field.getName()) == null
                || !field.getDirectives().isEmpty()) {
            return null;
        }
        FeedChannel<?> channel = feeds.channel(field.getName());
        JsonObject variables = payload.getValue("variables") instanceof JsonObject given ? given : new JsonObject();
        Set<String> usedVariables = new LinkedHashSet<>();
        String renderQuery =
                renderQuery(document, operation, field, channel.feed().itemField(), usedVariables);
        JsonObject renderVariables = new JsonObject();
        usedVariables.stream()
                .filter(variables::containsKey)
                .forEach(name -> renderVariables.put(name, variables.getValue(name)));
        // Subscriptions with the same key render every item the same way.
        return new FeedSubscription(
                channel,
                document,
                argument(field, "workspaceId", variables),
                argument(field, "since", variables),
                renderQuery,
                renderVariables,
                renderQuery + renderVariables.encode());
    }

    /**
     * The subscription's selection as a query of one item, e.g. {@code alert(workspaceId, id)} under the
     * subscription's result key, with the fragments and variables that selection uses.
     */
    @SuppressWarnings("rawtypes") // graphql-java's Document takes a list of raw Definitions
    private static String renderQuery(
            Document document,
            OperationDefinition operation,
            Field field,
            String itemField,
            Set<String> usedVariables) {
        Field item = field.transform(builder -> builder.name(itemField)
                .alias(field.getResultKey())
                .arguments(List.of(
                        new Argument("workspaceId", new VariableReference(WORKSPACE_VARIABLE)),
                        new Argument("id", new VariableReference(ITEM_VARIABLE)))));
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        Set<String> usedFragments = new LinkedHashSet<>();
        collect(item.getSelectionSet(), fragments, usedFragments, usedVariables);

        List<VariableDefinition> definitions = new ArrayList<>(operation.getVariableDefinitions().stream()
                .filter(definition -> usedVariables.contains(definition.getName()))
                .toList());
        definitions.add(new VariableDefinition(WORKSPACE_VARIABLE, new NonNullType(new TypeName("ID"))));
        definitions.add(new VariableDefinition(ITEM_VARIABLE, new NonNullType(new TypeName("ID"))));
        List<Definition> render = new ArrayList<>();
        render.add(OperationDefinition.newOperationDefinition()
                .operation(OperationDefinition.Operation.QUERY)
                .variableDefinitions(definitions)
                .selectionSet(new SelectionSet(List.of(item)))
                .build());
        usedFragments.stream().filter(fragments::containsKey).forEach(name -> render.add(fragments.get(name)));
        return AstPrinter.printAstCompact(new Document(render));
    }

    /** The variables of {@link #renderQuery} for one item. */
    JsonObject renderVariables(LiveItem<?> item) {
        return renderVariables
                .copy()
                .put(WORKSPACE_VARIABLE, item.workspaceId().toString())
                .put(ITEM_VARIABLE, Long.toString(item.id()));
    }

    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream()
                .filter(operation -> name.equals(operation.getName()))
                .findFirst()
                .orElse(null);
    }

    /** An ID argument's value, literal or from a variable; null when absent. */
    private static String argument(Field field, String name, JsonObject variables) {
        Value<?> value = field.getArguments().stream()
                .filter(argument -> argument.getName().equals(name))
                .map(Argument::getValue)
                .findFirst()
                .orElse(null);
        Object given = null;
        if (value instanceof StringValue string) {
            given = string.getValue();
        } else if (value instanceof IntValue number) {
            given = number.getValue();
        } else if (value instanceof VariableReference variable) {
            given = variables.getValue(variable.getName());
        }
        return given == null ? null : given.toString();
    }

    /** The fragments a selection spreads (transitively) and the variables it and they use. */
    private static void collect(
            Node<?> node,
            Map<String, FragmentDefinition> fragments,
            Set<String> usedFragments,
            Set<String> usedVariables) {
        if (node instanceof VariableReference variable) {
            usedVariables.add(variable.getName());
        } else if (node instanceof FragmentSpread spread
                && usedFragments.add(spread.getName())
                && fragments.containsKey(spread.getName())) {
            collect(fragments.get(spread.getName()), fragments, usedFragments, usedVariables);
        }
        for (Node<?> child : node.getChildren()) {
            collect(child, fragments, usedFragments, usedVariables);
        }
    }
}
