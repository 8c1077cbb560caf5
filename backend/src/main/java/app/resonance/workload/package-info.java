/**
 * Who has how much to do: each member's weekly capacity, the workload view (members × weeks across all
 * campaigns, planned hours against capacity) and each member's own overdue and coming work ("my work").
 */
package app.resonance.workload;
