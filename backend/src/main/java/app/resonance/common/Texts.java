package app.resonance.common;

/** How free-text input is stored. */
public final class Texts {

    private Texts() {}

    /** Trimmed, or null when nothing but blanks was given: optional fields store no empty strings. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
