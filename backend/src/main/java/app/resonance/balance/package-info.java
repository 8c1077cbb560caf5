/**
 * The media balance: per segment × channel, whether the client holds its presence against its
 * competitors, the gap and the urgency of a reaction (the model of docs/media-balance.md), read
 * from daily sums that database triggers keep up to date with every publication write.
 */
package app.resonance.balance;
