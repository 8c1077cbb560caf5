package app.resonance.support;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Calls of every root field of the committed schema ({@code schema.graphql}, which SchemaSnapshotTest
 * keeps equal to the live API), with valid arguments made up from their types, so that tests over
 * "every operation" cover operations added later without being edited.
 */
public final class SchemaCalls {

    /** One root field, called with its required arguments, its workspaceId and the optional one a test sets. */
    public record Call(String rootType, String field, String document, Map<String, Object> variables) {

        public String name() {
            return rootType + "." + field;
        }
    }

    /** A String-typed place in a call's arguments: an argument, or a field of an input object argument. */
    public record TextSlot(String argument, List<String> inputPath) {}

    private static final Path SCHEMA = Path.of("schema.graphql");

    private final TypeDefinitionRegistry types;

    public SchemaCalls() {
        try {
            types = new SchemaParser().parse(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root fields of Query, Mutation and Subscription. */
    public List<FieldDefinition> rootFields(String rootType) {
        return types.getType(rootType, ObjectTypeDefinition.class)
                .map(ObjectTypeDefinition::getFieldDefinitions)
                .orElse(List.of());
    }

    /** The call of a root field with made-up valid values; {@code workspaceId} is the given one. */
    public Call call(String rootType, FieldDefinition field, String workspaceId) {
        return call(rootType, field, workspaceId, null, null);
    }

    /** As {@link #call}, with {@code text} put into the slot (an optional one included). */
    public Call call(String rootType, FieldDefinition field, String workspaceId, TextSlot slot, String text) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            boolean target = slot != null && slot.argument().equals(argument.getName());
            if (!(argument.getType() instanceof NonNullType)
                    && !target
                    && !argument.getName().equals("workspaceId")) {
                continue;
            }
            Object value = target && slot.inputPath().isEmpty()
                    ? text
                    : value(
                            argument.getName(),
                            argument.getType(),
                            workspaceId,
                            target ? slot.inputPath() : null,
                            text);
            variables.put(argument.getName(), value);
            declarations.add("$" + argument.getName() + ": " + printed(argument.getType()));
            arguments.add(argument.getName() + ": $" + argument.getName());
        }
        String operation = rootType.equals("Query") ? "query" : rootType.toLowerCase();
        String document =
                operation + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " { "
                        + field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                        + selection(field.getType()) + " }";
        return new Call(rootType, field.getName(), document, variables);
    }

    /** Every String place in the field's arguments, input object fields included (one level of nesting per type). */
    public List<TextSlot> textSlots(FieldDefinition field) {
        List<TextSlot> slots = new ArrayList<>();
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            collect(argument.getName(), List.of(), argument.getType(), slots, new ArrayList<>());
        }
        return slots;
    }

    private void collect(String argument, List<String> path, Type<?> type, List<TextSlot> slots, List<String> seen) {
        String name = baseName(type);
        if (name.equals("String")) {
            slots.add(new TextSlot(argument, path));
            return;
        }
        types.getType(name, InputObjectTypeDefinition.class)
                .filter(input -> !seen.contains(name))
                .ifPresent(input -> {
                    seen.add(name);
                    for (InputValueDefinition field : input.getInputValueDefinitions()) {
                        List<String> deeper = new ArrayList<>(path);
                        deeper.add(field.getName());
                        collect(argument, deeper, field.getType(), slots, seen);
                    }
                    seen.remove(name);
                });
    }

    private Object value(String name, Type<?> type, String workspaceId, List<String> path, String text) {
        if (type instanceof NonNullType nonNull) {
            return value(name, nonNull.getType(), workspaceId, path, text);
        }
        if (type instanceof ListType list) {
            return List.of(value(name, list.getType(), workspaceId, path, text));
        }
        String typeName = ((TypeName) type).getName();
        var input = types.getType(typeName, InputObjectTypeDefinition.class);
        if (input.isPresent()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (InputValueDefinition field : input.get().getInputValueDefinitions()) {
                boolean target = path != null && !path.isEmpty() && path.get(0).equals(field.getName());
                if (target && path.size() == 1) {
                    object.put(field.getName(), text);
                } else if (target || field.getType() instanceof NonNullType) {
                    object.put(
                            field.getName(),
                            value(
                                    field.getName(),
                                    field.getType(),
                                    workspaceId,
                                    target ? path.subList(1, path.size()) : null,
                                    text));
                }
            }
            return object;
        }
        var enumeration = types.getType(typeName, EnumTypeDefinition.class);
        if (enumeration.isPresent()) {
            return enumeration.get().getEnumValueDefinitions().get(0).getName();
        }
        return scalar(name, typeName, workspaceId);
    }

    private static Object scalar(String name, String typeName, String workspaceId) {
        return switch (typeName) {
            case "ID" ->
                name.equals("workspaceId") ? workspaceId : UUID.randomUUID().toString();
            case "Int" -> name.equals("first") ? 10 : 1;
            case "Float" -> 0.5;
            case "BigDecimal" -> "1";
            case "Boolean" -> true;
            case "DateTime" -> "2026-01-01T00:00:00Z";
            case "Date" -> "2026-01-01";
            default ->
                switch (name) {
                    case "timeZone" -> "UTC";
                    case "username" -> "analyst";
                    case "url" -> "https://example.com";
                    case "currency" -> "EUR";
                    default -> "x";
                };
        };
    }

    /** A selection for the field's type: {@code __typename} for objects, nothing for scalars and enums. */
    private String selection(Type<?> type) {
        String name = baseName(type);
        return types.getType(name, ObjectTypeDefinition.class).isPresent() ? " { __typename }" : "";
    }

    private static String baseName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return baseName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return baseName(list.getType());
        }
        return ((TypeName) type).getName();
    }

    private static String printed(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return printed(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + printed(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    /** The names of the root fields that take a workspaceId, for messages. */
    public static String names(List<Call> calls) {
        return calls.stream().map(Call::name).collect(Collectors.joining(", "));
    }
}
