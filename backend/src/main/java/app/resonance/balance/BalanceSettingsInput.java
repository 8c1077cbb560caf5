package app.resonance.balance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.graphql.Input;

@Input("BalanceSettingsInput")
public record BalanceSettingsInput(
        @Positive double immediateGap,
        @Positive double moderateGap,
        @Min(1) @Max(366) int alertWindowDays) {

    BalanceSettings settings() {
        return new BalanceSettings(immediateGap, moderateGap, alertWindowDays);
    }
}
