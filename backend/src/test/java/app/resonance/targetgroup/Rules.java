package app.resonance.targetgroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rules as the API takes them (RuleInput variables), written briefly. */
final class Rules {

    private Rules() {}

    static Map<String, Object> all(Object... rules) {
        return map("all", List.of(rules));
    }

    static Map<String, Object> any(Object... rules) {
        return map("any", List.of(rules));
    }

    static Map<String, Object> none(Object... rules) {
        return map("none", List.of(rules));
    }

    /** A condition of the kind (contact, company, analytic, equipment, purchases, consent, targetGroup). */
    static Map<String, Object> condition(String kind, Object... fields) {
        return map("condition", map(kind, map(fields)));
    }

    static Map<String, Object> contact(String field, Object... more) {
        return condition("contact", prepend("field", field, more));
    }

    static Map<String, Object> company(String field, String... anyOf) {
        return condition("company", "field", field, "anyOf", List.of(anyOf));
    }

    static Map<String, Object> analytic(Object id, Object... test) {
        return condition("analytic", prepend("analyticId", id.toString(), test));
    }

    static Map<String, Object> member(Object groupId) {
        return condition("targetGroup", "targetGroupId", groupId.toString());
    }

    /** Keys and values, in order; null values are left out. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    private static Object[] prepend(String key, Object value, Object[] rest) {
        Object[] all = new Object[rest.length + 2];
        all[0] = key;
        all[1] = value;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
