/**
 * A campaign's tasks: under the campaign or one of its milestones, with an assignee, estimated hours, a due
 * date (and an optional start) and a state. The workload view sums them per member and week.
 */
package app.resonance.task;
