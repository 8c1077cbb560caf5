package app.resonance.company;

public enum UpsellPotential {
    LOW,
    MEDIUM,
    HIGH
}
