/**
 * Consent per contact and channel (granted, withdrawn or unknown) with its source, and every change of it
 * kept in a history that is never rewritten. A change is written with its history line and timeline entry
 * on the caller's transaction; sending respects the current state.
 */
package app.resonance.consent;
