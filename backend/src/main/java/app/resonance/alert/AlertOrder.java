package app.resonance.alert;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of an alert list.")
public enum AlertOrder {
    @Description("Newest first (ids descending).")
    NEWEST_FIRST,
    @Description("The most urgent new urgency first (IMMEDIATE, MODERATE, SECONDARY, NONE), newest first within one.")
    MOST_URGENT_FIRST
}
