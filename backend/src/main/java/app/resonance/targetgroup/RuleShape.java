package app.resonance.targetgroup;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The shape of a rule as a client sent it, checked before anything is read: one part set per node and
 * condition, the size and depth limits, well-formed ids. Answers the analytics and target groups the rule
 * names, each with the path of its first mention (errors about them name that path).
 */
final class RuleShape {

    /** The analytics and target groups a rule names, by id, with where in the rule. */
    record References(Map<UUID, String> analytics, Map<UUID, String> groups) {}

    private final RuleLimits limits;
    private final Map<UUID, String> analytics = new LinkedHashMap<>();
    private final Map<UUID, String> groups = new LinkedHashMap<>();
    private int nodes;

    private RuleShape(RuleLimits limits) {
        this.limits = limits;
    }

    static References check(Rule rule, String path, RuleLimits limits) {
        RuleShape shape = new RuleShape(limits);
        shape.node(rule, path, 1);
        return new References(shape.analytics, shape.groups);
    }

    /** The analytics and target groups a stored (already checked) rule names. */
    static References of(Rule rule) {
        References found = new References(new LinkedHashMap<>(), new LinkedHashMap<>());
        walk(rule, "rule", found);
        return found;
    }

    private static void walk(Rule rule, String path, References found) {
        Condition condition = rule.condition();
        if (condition == null) {
            Stream.of(rule.all(), rule.any(), rule.none())
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .forEach(child -> walk(child, path, found));
        } else if (condition.analytic() != null) {
            found.analytics().putIfAbsent(UUID.fromString(condition.analytic().analyticId()), path);
        } else if (condition.targetGroup() != null) {
            found.groups().putIfAbsent(UUID.fromString(condition.targetGroup().targetGroupId()), path);
        }
    }

    private void node(Rule rule, String path, int depth) {
        if (++nodes > limits.maxNodes()) {
            throw new InvalidInput(
                    path,
                    Reason.RULE_TOO_LARGE,
                    String.valueOf(limits.maxNodes()),
                    "a rule may have at most " + limits.maxNodes() + " nodes");
        }
        if (depth > limits.maxDepth()) {
            throw new InvalidInput(
                    path,
                    Reason.RULE_TOO_DEEP,
                    String.valueOf(limits.maxDepth()),
                    "a rule may be at most " + limits.maxDepth() + " levels deep");
        }
        String part = onePart(
                path,
                List.of("all", "any", "none", "condition"),
                rule.all(),
                rule.any(),
                rule.none(),
                rule.condition());
        switch (part) {
            case "all" -> children(rule.all(), path + ".all", depth);
            case "any" -> children(rule.any(), path + ".any", depth);
            case "none" -> children(rule.none(), path + ".none", depth);
            default -> condition(rule.condition(), path + ".condition");
        }
    }

    private void children(List<Rule> rules, String path, int depth) {
        for (int i = 0; i < rules.size(); i++) {
            node(rules.get(i), path + "[" + i + "]", depth + 1);
        }
    }

    private void condition(Condition condition, String path) {
        String part = onePart(
                path,
                List.of("contact", "company", "analytic", "equipment", "purchases", "consent", "targetGroup"),
                condition.contact(),
                condition.company(),
                condition.analytic(),
                condition.equipment(),
                condition.purchases(),
                condition.consent(),
                condition.targetGroup());
        if (part.equals("analytic")) {
            String at = path + ".analytic.analyticId";
            analytics.putIfAbsent(Ids.parse(at, condition.analytic().analyticId()), at);
        } else if (part.equals("targetGroup")) {
            String at = path + ".targetGroup.targetGroupId";
            groups.putIfAbsent(Ids.parse(at, condition.targetGroup().targetGroupId()), at);
        }
    }

    /** The name of the one part that is set; an error on the path when none or several are. */
    static String onePart(String path, List<String> names, Object... parts) {
        String set = null;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != null) {
                if (set != null) {
                    throw new InvalidInput(
                            path,
                            Reason.ONE_OF,
                            String.join(", ", names),
                            "set only one of " + String.join(", ", names) + " (" + set + " and " + names.get(i)
                                    + " are set)");
                }
                set = names.get(i);
            }
        }
        if (set == null) {
            throw new InvalidInput(path, Reason.MISSING, "set one of " + String.join(", ", names));
        }
        return set;
    }
}
