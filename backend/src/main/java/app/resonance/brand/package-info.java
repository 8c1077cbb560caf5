/**
 * Brands that publish in the media field: exactly one client per workspace and any number of
 * competitors.
 */
package app.resonance.brand;
