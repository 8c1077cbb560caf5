/**
 * Notifications of a member's milestones: raised once (across all instances) when one comes due soon and when
 * it is overdue, stored, and pushed live through the shared live feed.
 */
package app.resonance.notification;
