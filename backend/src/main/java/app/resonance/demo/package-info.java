/**
 * Demo data for {@code ./run.sh}: loaded at start-up when {@code resonance.demo.enabled} is true,
 * through the features' services, and only when it is not there yet.
 */
package app.resonance.demo;
