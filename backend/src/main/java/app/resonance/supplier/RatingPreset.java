package app.resonance.supplier;

/** The criteria every workspace starts with; clients word them in the user's language until renamed. */
public enum RatingPreset {
    QUALITY,
    COST,
    RELIABILITY,
    CONVENIENCE
}
