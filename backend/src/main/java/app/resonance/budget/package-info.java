/**
 * Campaign budgets: lines by category with planned and actual amounts, a supplier and a note; a campaign's
 * totals, plan against actual by category, and the totals of its programme (the campaign with all its
 * descendants), in the workspace's one currency.
 */
package app.resonance.budget;
