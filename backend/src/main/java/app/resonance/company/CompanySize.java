package app.resonance.company;

import org.eclipse.microprofile.graphql.Description;

@Description("EU size classes by head count: MICRO < 10, SMALL < 50, MEDIUM < 250, LARGE from 250.")
public enum CompanySize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
