/**
 * One list of what happened to a contact or a company: created, edited, consent changed, and later what
 * the campaign side writes back (invited, opened, registered, attended, called). Other features record
 * entries through {@link app.resonance.timeline.Timeline} on the connection of their own transaction, so
 * an entry exists exactly when the change it tells of was committed; they show a record's entries as a
 * Relay connection, newest first.
 */
package app.resonance.timeline;
