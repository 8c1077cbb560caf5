/**
 * Choosing suppliers for a campaign's budget: the supplier ranking within what a budget line has left, and picking
 * a supplier into the line. Above both {@code supplier} (scores, quotes) and {@code budget} (lines), which already
 * depends on {@code supplier} for its categories: in either of them this would close a cycle.
 */
package app.resonance.sourcing;
