/**
 * Saved views: a member keeps the search, filters and sorting of a grid (a screen such as "contacts") under a
 * name and picks them again later, on any device. The state is the screen's own JSON object; the server only
 * bounds it, the screen reads it.
 */
package app.resonance.savedview;
