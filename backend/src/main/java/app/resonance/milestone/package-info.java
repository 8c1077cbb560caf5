/**
 * A campaign's control points: milestones with a due date and a responsible member, made by hand or from
 * the template of the campaign's type, whose due dates then follow the campaign's event date.
 */
package app.resonance.milestone;
