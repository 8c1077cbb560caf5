/**
 * Target groups: the groups of contacts a campaign addresses (not the media side's segments). A group is
 * a versioned rule — a tree of all / any / none over conditions on contacts, their companies, analytics,
 * equipment, purchases, consent and other groups — compiled to one parameterised SQL statement
 * ({@link app.resonance.targetgroup.RuleSql}), plus manual includes and excludes kept apart from the rule.
 */
package app.resonance.targetgroup;
