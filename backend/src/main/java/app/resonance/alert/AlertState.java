package app.resonance.alert;

public enum AlertState {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
