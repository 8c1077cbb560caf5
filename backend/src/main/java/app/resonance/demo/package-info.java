/**
 * Demo data for {@code ./run.sh}: loaded at start-up when {@code resonance.demo.enabled} is true,
 * and only when it is not there yet. The workspace and its members go through the workspace
 * service; the media field ({@link app.resonance.demo.DemoMediaField}, the cast, and
 * {@link app.resonance.demo.DemoCoverage}, six months of seeded coverage) goes through the features'
 * own imports ({@link app.resonance.demo.DemoMediaFieldLoader}), which check the rows and store them
 * with their bulk writes: the demo holds data, no SQL of other features' tables.
 */
package app.resonance.demo;
