package app.resonance.targetgroup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What compiling a rule needs from the database, read before: the analytics it names and the current rules
 * of the target groups it uses (theirs too, down to the nesting limit), and "now" for rolling periods.
 */
record RuleContext(Instant now, Map<UUID, Analytic> analytics, Map<UUID, StoredRule> groups) {

    /** An analytic as a condition sees it: whose it is (COMPANY or CONTACT), its type and an enumeration's options. */
    record Analytic(String appliesTo, String type, List<String> options) {}

    /** A target group's current rule, with the time zone of its calendar days. */
    record StoredRule(Rule rule, ZoneId zone) {}
}
