package app.resonance.company;

public enum CompanyStatus {
    CURRENT,
    POTENTIAL,
    FORMER
}
