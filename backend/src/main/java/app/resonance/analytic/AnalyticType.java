package app.resonance.analytic;

/** The kind of value an analytic holds; ENUMERATION and TEXT values are text, an enumeration's one of its options. */
public enum AnalyticType {
    ENUMERATION,
    NUMBER,
    DATE,
    BOOLEAN,
    TEXT
}
