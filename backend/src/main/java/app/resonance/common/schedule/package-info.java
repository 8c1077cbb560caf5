/** Scheduled jobs: Quartz's clustered store runs each firing on one instance; {@code ScheduledRuns} records it. */
package app.resonance.common.schedule;
