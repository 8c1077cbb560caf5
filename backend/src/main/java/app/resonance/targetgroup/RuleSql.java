package app.resonance.targetgroup;

import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.consent.ConsentCondition;
import app.resonance.consent.ConsentState;
import app.resonance.targetgroup.RuleContext.Analytic;
import app.resonance.targetgroup.RuleContext.StoredRule;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * A rule compiled to one boolean SQL expression over {@code contact c}, with its values as bind parameters
 * ({@code $1} is the workspace): the count, the page of members and a campaign's frozen list all select
 * {@code from contact c where c.workspace_id = $1 and <where>}. Only this class writes SQL text, and only
 * from its own constants; nothing a client sends is ever part of it.
 *
 * <p>Each condition is a column test or an {@code EXISTS} over an indexed key (see backend/README.md,
 * "Target groups"), which PostgreSQL runs as a semi- or anti-join over the whole workspace for a count.
 * Purchase conditions aggregate the purchases of the period once per owner ({@code group by … having})
 * and join the result: "at least 3 purchases in the last 7 days" reads only the last 7 days' purchases.
 */
final class RuleSql {

    /** Longest rolling purchase period, in days (ten years). */
    static final int MAX_LAST_DAYS = 3660;

    private final RuleContext context;
    private final RuleLimits limits;
    private final List<Object> params = new ArrayList<>();
    /** The target groups being compiled, outermost first: a group met again is a cycle. */
    private final Deque<UUID> groups = new ArrayDeque<>();

    /** 1 when the rule is a group's own (its group is the deque's last), else 0: nesting counts the others. */
    private int roots;

    private int nodes;
    private String where;
    private String included = "false";

    private RuleSql(UUID workspaceId, RuleContext context, RuleLimits limits) {
        this.context = context;
        this.limits = limits;
        params.add(workspaceId);
    }

    /** The members of a stored target group: (its rule ∪ its includes) − its excludes. */
    static RuleSql members(UUID workspaceId, UUID groupId, StoredRule rule, RuleContext context, RuleLimits limits) {
        RuleSql sql = new RuleSql(workspaceId, context, limits);
        sql.groups.push(groupId);
        sql.roots = 1;
        String group = sql.param(groupId, "uuid");
        sql.where = sql.withManual(group, sql.node(rule.rule(), rule.zone(), "rule"));
        sql.included = manual(group, "INCLUDE");
        return sql;
    }

    /**
     * The contacts a rule alone selects, for a rule being edited; {@code groupId} is the group it will belong
     * to (null for a new group), so that a rule using its own group is refused as a cycle.
     */
    static RuleSql rule(
            UUID workspaceId, UUID groupId, Rule rule, ZoneId zone, RuleContext context, RuleLimits limits) {
        RuleSql sql = new RuleSql(workspaceId, context, limits);
        if (groupId != null) {
            sql.groups.push(groupId);
            sql.roots = 1;
        }
        sql.where = sql.node(rule, zone, "rule");
        return sql;
    }

    /** The boolean expression over {@code contact c}. */
    String where() {
        return where;
    }

    /** A boolean expression over {@code contact c}: the contact was included by hand. */
    String included() {
        return included;
    }

    /** A fresh tuple of the parameters, to which a statement may append its own. */
    Tuple params() {
        return Tuple.from(new ArrayList<>(params));
    }

    private String param(Object value, String type) {
        params.add(value);
        return "$" + params.size() + "::" + type;
    }

    private String withManual(String group, String rule) {
        return "((" + rule + ") or " + manual(group, "INCLUDE") + ") and not " + manual(group, "EXCLUDE");
    }

    /** The kind is one of two constants of this class. */
    private static String manual(String group, String kind) {
        return "exists (select 1 from target_group_manual m where m.target_group_id = " + group
                + " and m.contact_id = c.id and m.kind = '" + kind + "')";
    }

    private String node(Rule rule, ZoneId zone, String path) {
        if (++nodes > limits.maxCompiledNodes()) {
            throw new InvalidInput(
                    path,
                    Reason.RULE_TOO_LARGE,
                    String.valueOf(limits.maxCompiledNodes()),
                    "with the target groups it uses, a rule may have at most " + limits.maxCompiledNodes() + " nodes");
        }
        return switch (RuleShape.onePart(
                path,
                List.of("all", "any", "none", "condition"),
                rule.all(),
                rule.any(),
                rule.none(),
                rule.condition())) {
            case "all" -> joined(rule.all(), zone, path + ".all", " and ", "true");
            case "any" -> joined(rule.any(), zone, path + ".any", " or ", "false");
            case "none" -> "not " + joined(rule.none(), zone, path + ".none", " or ", "false");
            default -> condition(rule.condition(), zone, path + ".condition");
        };
    }

    private String joined(List<Rule> rules, ZoneId zone, String path, String operator, String empty) {
        if (rules.isEmpty()) {
            return empty;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            parts.add(node(rules.get(i), zone, path + "[" + i + "]"));
        }
        return "(" + String.join(operator, parts) + ")";
    }

    private String condition(Condition condition, ZoneId zone, String path) {
        String part = RuleShape.onePart(
                path,
                List.of("contact", "company", "analytic", "equipment", "purchases", "consent", "targetGroup"),
                condition.contact(),
                condition.company(),
                condition.analytic(),
                condition.equipment(),
                condition.purchases(),
                condition.consent(),
                condition.targetGroup());
        String at = path + "." + part;
        return switch (part) {
            case "contact" -> contact(condition.contact(), at);
            case "company" -> company(condition.company(), at);
            case "analytic" -> analytic(condition.analytic(), at);
            case "equipment" -> equipment(condition.equipment(), at);
            case "purchases" -> purchases(condition.purchases(), zone, at);
            case "consent" -> consent(condition.consent());
            default -> membership(condition.targetGroup(), at);
        };
    }

    private String contact(ContactCondition condition, String path) {
        ContactCondition.Field field = condition.field();
        if (field.takesList()) {
            List<String> values = nonEmpty(condition.anyOf(), path + ".anyOf");
            if (field == ContactCondition.Field.COUNTRY) {
                return "coalesce(c.country = any(" + param(upper(values), "text[]") + "), false)";
            }
            return "coalesce(c.preferred_language = any(" + param(values.toArray(String[]::new), "text[]")
                    + "), false)";
        }
        if (condition.is() == null) {
            throw missing(path + ".is");
        }
        String test = switch (field) {
            case KEY_STAFF -> "c.key_staff";
            case MANAGEMENT -> "c.management";
            case HAS_EMAIL -> "(c.email <> '')";
            default -> "(c.company_id is not null)";
        };
        return test + " = " + param(condition.is(), "boolean");
    }

    private String company(CompanyCondition condition, String path) {
        CompanyCondition.Field field = condition.field();
        List<String> values = nonEmpty(condition.anyOf(), path + ".anyOf");
        options(values, field.options, path + ".anyOf");
        String column = switch (field) {
            case STATUS -> "cc.status";
            case SIZE -> "cc.size";
            case UPSELL_POTENTIAL -> "cc.upsell_potential";
            case REGION -> "lower(cc.region)";
            case INDUSTRY -> "lower(cc.industry)";
            case OWNER -> "cc.owner";
        };
        Object array = column.startsWith("lower(") ? lower(values) : values.toArray(String[]::new);
        return "exists (select 1 from company cc where cc.id = c.company_id and " + column + " = any("
                + param(array, "text[]") + "))";
    }

    private String analytic(AnalyticCondition condition, String path) {
        String test = RuleShape.onePart(
                path,
                List.of("isSet", "anyOf", "equals", "number", "date", "is"),
                condition.isSet(),
                condition.anyOf(),
                condition.equals(),
                condition.number(),
                condition.date(),
                condition.is());
        UUID id = UUID.fromString(condition.analyticId());
        Analytic analytic = context.analytics().get(id);
        if (analytic == null) {
            // Deleted after the rule was saved: it has no values.
            return Boolean.FALSE.equals(condition.isSet()) ? "true" : "false";
        }
        String wanted = switch (test) {
            case "anyOf" -> "ENUMERATION";
            case "equals" -> "TEXT";
            case "number" -> "NUMBER";
            case "date" -> "DATE";
            case "is" -> "BOOLEAN";
            default -> analytic.type();
        };
        if (!wanted.equals(analytic.type())) {
            throw new InvalidInput(
                    path + "." + test,
                    Reason.NOT_FOR_THIS_TYPE,
                    analytic.type(),
                    "does not apply to an analytic of type " + analytic.type());
        }
        String owner = analytic.appliesTo().equals("COMPANY") ? "av.company_id = c.company_id" : "av.contact_id = c.id";
        String values = switch (test) {
            case "anyOf" -> {
                List<String> options = nonEmpty(condition.anyOf(), path + ".anyOf");
                options(options, analytic.options(), path + ".anyOf");
                yield " and av.value_text = any(" + param(options.toArray(String[]::new), "text[]") + ")";
            }
            case "equals" ->
                " and lower(av.value_text) = "
                        + param(condition.equals().strip().toLowerCase(Locale.ROOT), "text");
            case "number" -> range("av.value_number", condition.number(), path + ".number");
            case "date" -> range("av.value_date", condition.date(), path + ".date");
            case "is" -> " and av.value_boolean = " + param(condition.is(), "boolean");
            default -> "";
        };
        String exists = "exists (select 1 from analytic_value av where " + owner + " and av.analytic_id = "
                + param(id, "uuid") + values + ")";
        return Boolean.FALSE.equals(condition.isSet()) ? "not " + exists : exists;
    }

    private String equipment(EquipmentCondition condition, String path) {
        StringBuilder tests = new StringBuilder();
        if (!blank(condition.product())) {
            tests.append(" and lower(e.product) = ")
                    .append(param(condition.product().strip().toLowerCase(Locale.ROOT), "text"));
        }
        if (!blank(condition.model())) {
            tests.append(" and lower(e.model) = ")
                    .append(param(condition.model().strip().toLowerCase(Locale.ROOT), "text"));
        }
        if (condition.productionDate() != null) {
            tests.append(range("e.production_date", condition.productionDate(), path + ".productionDate"));
        }
        if (condition.purchaseDate() != null) {
            tests.append(range("e.purchase_date", condition.purchaseDate(), path + ".purchaseDate"));
        }
        // The parameters are shared by both owners' subqueries.
        Function<String, String> owned = key -> "exists (select 1 from equipment e where " + key + tests + ")";
        return switch (condition.owner() == null ? Owner.CONTACT_OR_COMPANY : condition.owner()) {
            case CONTACT -> owned.apply("e.contact_id = c.id");
            case COMPANY -> owned.apply("e.company_id = c.company_id");
            case CONTACT_OR_COMPANY ->
                "(" + owned.apply("e.contact_id = c.id") + " or " + owned.apply("e.company_id = c.company_id") + ")";
        };
    }

    private String purchases(PurchaseCondition condition, ZoneId zone, String path) {
        Owner owner = condition.owner() == null ? Owner.CONTACT : condition.owner();
        if (owner == Owner.CONTACT_OR_COMPANY) {
            throw new InvalidInput(
                    path + ".owner", Reason.NOT_AN_OPTION, owner.name(), "purchases are counted by CONTACT or COMPANY");
        }
        if (condition.atLeast() == null && condition.atMost() == null) {
            throw new InvalidInput(path + ".atLeast", Reason.MISSING, "set atLeast, atMost or both");
        }
        if (condition.atLeast() != null
                && condition.atMost() != null
                && condition.atLeast().compareTo(condition.atMost()) > 0) {
            throw new InvalidInput(path + ".atMost", Reason.NOT_AFTER_START, "must not be below atLeast");
        }
        if (condition.lastDays() != null && condition.period() != null) {
            throw new InvalidInput(
                    path, Reason.ONE_OF, "lastDays, period", "set only one of lastDays and period (or neither)");
        }
        String key = owner == Owner.CONTACT ? "p.contact_id" : "p.company_id";
        String category = blank(condition.category())
                ? null
                : param(condition.category().strip().toLowerCase(Locale.ROOT), "text");
        StringBuilder from = new StringBuilder("purchase p");
        StringBuilder tests = new StringBuilder(" where p.workspace_id = $1 and " + key + " is not null");
        if (condition.lastDays() != null) {
            tests.append(lastDays(condition.lastDays(), path + ".lastDays"));
        }
        if (condition.period() != null) {
            tests.append(period(condition.period(), zone, path + ".period"));
        }
        String measure = switch (condition.measure()) {
            case COUNT -> "count(*)";
            case AMOUNT -> "sum(p.amount)";
            case ITEMS -> "sum(i.quantity)";
        };
        if (condition.measure() == PurchaseCondition.Measure.ITEMS) {
            from.append(" join purchase_item i on i.purchase_id = p.id");
            if (category != null) {
                tests.append(" and lower(i.category) = ").append(category);
            }
        } else if (category != null) {
            tests.append(
                            " and exists (select 1 from purchase_item i where i.purchase_id = p.id and lower(i.category) = ")
                    .append(category)
                    .append(")");
        }
        List<String> bounds = new ArrayList<>();
        if (condition.atLeast() != null) {
            bounds.add(measure + " >= " + param(condition.atLeast(), "numeric"));
        }
        if (condition.atMost() != null) {
            bounds.add(measure + " <= " + param(condition.atMost(), "numeric"));
        }
        // Owners without purchases in the period are not in the grouped rows: when 0 is within the bounds,
        // the condition holds for everyone but the owners whose sum is outside them.
        boolean zeroWithin = (condition.atLeast() == null || condition.atLeast().signum() <= 0)
                && (condition.atMost() == null || condition.atMost().signum() >= 0);
        String within = String.join(" and ", bounds);
        String grouped = "select " + key + " as owner_id from " + from + tests + " group by " + key + " having "
                + (zeroWithin ? "not (" + within + ")" : within);
        String reference = owner == Owner.CONTACT ? "c.id" : "c.company_id";
        String exists = "exists (select 1 from (" + grouped + ") g where g.owner_id = " + reference + ")";
        if (!zeroWithin) {
            return exists;
        }
        return owner == Owner.CONTACT ? "not " + exists : "(c.company_id is not null and not " + exists + ")";
    }

    private String lastDays(int days, String path) {
        if (days < 1) {
            throw new InvalidInput(path, Reason.BELOW_MINIMUM, "1", "must be at least 1");
        }
        if (days > MAX_LAST_DAYS) {
            throw new InvalidInput(
                    path,
                    Reason.WINDOW_TOO_LONG,
                    String.valueOf(MAX_LAST_DAYS),
                    "may span at most " + MAX_LAST_DAYS + " days");
        }
        OffsetDateTime now = context.now().atOffset(ZoneOffset.UTC);
        return " and p.purchased_at > " + param(now.minus(days, ChronoUnit.DAYS), "timestamptz")
                + " and p.purchased_at <= " + param(now, "timestamptz");
    }

    /** Calendar days in the rule's time zone: from the start of the first day to the start of the day after the last. */
    private String period(DateRange period, ZoneId zone, String path) {
        checked(period, path);
        StringBuilder tests = new StringBuilder();
        if (period.from() != null) {
            tests.append(" and p.purchased_at >= ").append(param(startOf(period.from(), zone), "timestamptz"));
        }
        if (period.to() != null) {
            tests.append(" and p.purchased_at < ")
                    .append(param(startOf(period.to().plusDays(1), zone), "timestamptz"));
        }
        return tests.toString();
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private String consent(ConsentCondition condition) {
        String channel = param(condition.channel().name(), "text");
        if (condition.state() == ConsentState.UNKNOWN) {
            return "not exists (select 1 from consent k where k.contact_id = c.id and k.channel = " + channel + ")";
        }
        return "exists (select 1 from consent k where k.contact_id = c.id and k.channel = " + channel
                + " and k.state = " + param(condition.state().name(), "text") + ")";
    }

    private String membership(MembershipCondition condition, String path) {
        String at = path + ".targetGroupId";
        UUID id = UUID.fromString(condition.targetGroupId());
        if (groups.contains(id)) {
            throw new InvalidInput(
                    at, Reason.TARGET_GROUP_CYCLE, id.toString(), "the target group would contain itself");
        }
        if (groups.size() - roots + 1 > limits.maxNesting()) {
            throw new InvalidInput(
                    at,
                    Reason.RULE_TOO_DEEP,
                    String.valueOf(limits.maxNesting()),
                    "target groups may use target groups at most " + limits.maxNesting() + " levels deep");
        }
        StoredRule stored = context.groups().get(id);
        if (stored == null) {
            throw new InvalidInput(at, Reason.NOT_FOUND, "no such target group in this workspace");
        }
        groups.push(id);
        String group = param(id, "uuid");
        String members = withManual(group, node(stored.rule(), stored.zone(), path + ".rule"));
        groups.pop();
        return "(" + members + ")";
    }

    private String range(String column, NumberRange range, String path) {
        if (range.atLeast() == null && range.atMost() == null) {
            throw new InvalidInput(path + ".atLeast", Reason.MISSING, "set atLeast, atMost or both");
        }
        if (range.atLeast() != null && range.atMost() != null && range.atLeast().compareTo(range.atMost()) > 0) {
            throw new InvalidInput(path + ".atMost", Reason.NOT_AFTER_START, "must not be below atLeast");
        }
        return bounds(column, range.atLeast(), range.atMost(), "numeric");
    }

    private String range(String column, DateRange range, String path) {
        checked(range, path);
        return bounds(column, range.from(), range.to(), "date");
    }

    private String bounds(String column, Object lowest, Object highest, String type) {
        return (lowest == null ? "" : " and " + column + " >= " + param(lowest, type))
                + (highest == null ? "" : " and " + column + " <= " + param(highest, type));
    }

    private static void checked(DateRange range, String path) {
        if (range.from() == null && range.to() == null) {
            throw new InvalidInput(path + ".from", Reason.MISSING, "set from, to or both");
        }
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw new InvalidInput(path + ".to", Reason.NOT_AFTER_START, "must not be before from");
        }
    }

    private static List<String> nonEmpty(List<String> values, String path) {
        if (values == null || values.isEmpty()) {
            throw missing(path);
        }
        return values;
    }

    private static void options(List<String> values, List<String> options, String path) {
        if (options == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!options.contains(values.get(i))) {
                throw new InvalidInput(
                        path + "[" + i + "]",
                        Reason.NOT_AN_OPTION,
                        values.get(i),
                        "is not one of " + String.join(", ", options));
            }
        }
    }

    private static InvalidInput missing(String path) {
        return new InvalidInput(path, Reason.MISSING, "is required for this field");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String[] upper(List<String> values) {
        return values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).toArray(String[]::new);
    }

    private static String[] lower(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }
}
