package app.resonance.publication;

public enum Sentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
