package app.resonance.publication;

public enum StatsBucket {
    DAY,
    WEEK,
    MONTH
}
