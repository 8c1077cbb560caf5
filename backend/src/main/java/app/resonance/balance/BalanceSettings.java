package app.resonance.balance;

import org.eclipse.microprofile.graphql.Description;

@Description("Urgency thresholds on the gap g and the rolling window (days up to today) that alerts watch.")
public record BalanceSettings(double immediateGap, double moderateGap, int alertWindowDays) {

    public static final BalanceSettings DEFAULTS = new BalanceSettings(2.0, 1.0, 30);

    /** IMMEDIATE if g ≥ T_immediate, MODERATE if g ≥ T_moderate, SECONDARY if g > 0, NONE otherwise. */
    public Urgency urgencyOf(double gap) {
        if (gap >= immediateGap) {
            return Urgency.IMMEDIATE;
        }
        if (gap >= moderateGap) {
            return Urgency.MODERATE;
        }
        return gap > 0 ? Urgency.SECONDARY : Urgency.NONE;
    }
}
