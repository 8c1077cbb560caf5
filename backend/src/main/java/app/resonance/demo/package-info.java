/**
 * Demo data for {@code ./run.sh}: loaded at start-up when {@code resonance.demo.enabled} is true,
 * and only when it is not there yet. The workspace and its members go through the workspace
 * service; the media field ({@link app.resonance.demo.DemoMediaField}, the cast, and
 * {@link app.resonance.demo.DemoCoverage}, six months of seeded coverage) is bulk-inserted by
 * {@link app.resonance.demo.DemoMediaFieldLoader} with its own SQL, for speed.
 */
package app.resonance.demo;
