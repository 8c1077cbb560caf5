/**
 * Campaign work in time: the timeline of campaigns and milestones in a period (a Gantt-like view), and each
 * member's iCalendar feed of their milestones and tasks behind a signed link that calendar apps subscribe to.
 */
package app.resonance.calendar;
