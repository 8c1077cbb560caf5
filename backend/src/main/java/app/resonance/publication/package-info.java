/**
 * Publications of the client and its competitors in the channels, each assessed per segment
 * (impact a(p, s) and sentiment); the Relay connection with its filters, and the reports
 * (counts and impact over time).
 */
package app.resonance.publication;
