/**
 * Cross-cutting building blocks every feature uses: API errors and the web entry points
 * (runtime configuration for the single-page app and its client-side routes).
 * Depends on no feature.
 */
package app.resonance.common;
