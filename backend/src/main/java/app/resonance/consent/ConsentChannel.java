package app.resonance.consent;

public enum ConsentChannel {
    EMAIL,
    SMS,
    PHONE,
    POST
}
