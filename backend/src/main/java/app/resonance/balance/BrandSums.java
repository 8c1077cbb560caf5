package app.resonance.balance;

import java.util.UUID;

/** What one brand published in one cell over a window: count, Σ a(p, s) and Σ a(p, s) × m(p, s). */
record BrandSums(UUID brandId, int publications, double impact, double tone) {

    static final BrandSums NONE = new BrandSums(null, 0, 0, 0);

    BrandSums plus(BrandSums other) {
        return new BrandSums(brandId, publications + other.publications, impact + other.impact, tone + other.tone);
    }
}
