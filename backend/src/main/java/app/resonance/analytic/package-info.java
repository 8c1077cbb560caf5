/**
 * Analytics: the typed attributes (enumeration, number, date, boolean, text) a workspace defines for its
 * companies or contacts, and their values per record, by which target groups select customers.
 */
package app.resonance.analytic;
