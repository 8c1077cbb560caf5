package app.resonance.segment;

import org.eclipse.microprofile.graphql.Description;

@Description("How deep an audience is in industry news.")
public enum Immersion {
    EXPERT,
    ENGAGED,
    GENERAL
}
