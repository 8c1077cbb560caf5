package app.resonance.balance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("BalanceSettingsInput")
public record BalanceSettingsInput(
        @Positive double immediateGap,
        @Positive double moderateGap,

        @Description("The smallest gap worth an alert (≤ moderateGap); 0 makes every positive gap SECONDARY;"
                + " null: 0.25, or moderateGap when that is lower.")
        @PositiveOrZero
        Double secondaryGap,

        @Min(1) @Max(366) int alertWindowDays,

        @Description("Close an alert whose cell falls back to NONE on its own; null: true.")
        Boolean autoResolveRecovered) {

    BalanceSettings settings() {
        return new BalanceSettings(
                immediateGap,
                moderateGap,
                secondaryGap == null ? Math.min(BalanceSettings.DEFAULT_SECONDARY_GAP, moderateGap) : secondaryGap,
                alertWindowDays,
                autoResolveRecovered == null || autoResolveRecovered);
    }
}
