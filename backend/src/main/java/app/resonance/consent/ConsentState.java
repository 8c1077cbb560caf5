package app.resonance.consent;

import org.eclipse.microprofile.graphql.Description;

@Description("UNKNOWN: nobody asked, or a consent was cleared.")
public enum ConsentState {
    GRANTED,
    WITHDRAWN,
    UNKNOWN
}
