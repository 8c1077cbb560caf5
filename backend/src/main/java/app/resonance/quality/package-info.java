/**
 * The quality of the customer base over time: a daily record per workspace (contacts, valid emails,
 * consent per channel, key analytics filled, suspected duplicates, records untouched for a year),
 * taken once a day across all instances and on demand.
 */
package app.resonance.quality;
