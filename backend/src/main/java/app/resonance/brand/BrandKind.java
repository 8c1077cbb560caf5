package app.resonance.brand;

public enum BrandKind {
    CLIENT,
    COMPETITOR
}
