package app.resonance.balance;

/** How soon the client must react in a cell; declared from least to most urgent. */
public enum Urgency {
    NONE,
    SECONDARY,
    MODERATE,
    IMMEDIATE;

    public boolean isAtLeast(Urgency other) {
        return compareTo(other) >= 0;
    }

    public static Urgency max(Urgency a, Urgency b) {
        return a.isAtLeast(b) ? a : b;
    }
}
