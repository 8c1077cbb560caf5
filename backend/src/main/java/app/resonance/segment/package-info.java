/**
 * Segments: the target audiences of a workspace, grouped by how deep they are in industry news
 * (immersion), each with a profile, its significance for the media response and the weight r
 * of its reaction.
 */
package app.resonance.segment;
