package app.resonance.common.persistence;

/** The input of a named row: its name is unique per workspace, case-insensitive. */
public interface NamedInput {
    String name();
}
