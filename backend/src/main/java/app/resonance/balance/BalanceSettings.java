package app.resonance.balance;

import org.eclipse.microprofile.graphql.Description;

@Description("Urgency thresholds on the gap g, the rolling window (days up to today) that alerts watch, and"
        + " whether alerts of a cell that recovers on its own close by themselves.")
public record BalanceSettings(
        double immediateGap,
        double moderateGap,

        @Description("The smallest gap worth an alert: SECONDARY needs g ≥ this (and g > 0).")
        double secondaryGap,

        int alertWindowDays,

        @Description("Whether an alert whose cell falls back to NONE on its own is closed by the app.")
        boolean autoResolveRecovered) {

    /** The smallest gap worth an alert by default; backend/README.md ("Alerts") gives the reason. */
    public static final double DEFAULT_SECONDARY_GAP = 0.25;

    public static final BalanceSettings DEFAULTS = new BalanceSettings(2.0, 1.0, DEFAULT_SECONDARY_GAP, 30, true);

    /** IMMEDIATE if g ≥ T_immediate, MODERATE if g ≥ T_moderate, SECONDARY if g ≥ T_secondary and g > 0, NONE otherwise. */
    public Urgency urgencyOf(double gap) {
        if (gap >= immediateGap) {
            return Urgency.IMMEDIATE;
        }
        if (gap >= moderateGap) {
            return Urgency.MODERATE;
        }
        return gap > 0 && gap >= secondaryGap ? Urgency.SECONDARY : Urgency.NONE;
    }
}
