package app.resonance.campaign;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PlannedFiguresInput")
@Description("What the campaign is meant to reach; each at least 0, absent when not planned.")
public record PlannedFiguresInput(
        @PositiveOrZero Integer invitations,
        @PositiveOrZero Integer registrations,
        @PositiveOrZero Integer attendees,
        @PositiveOrZero Integer opportunities,

        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        @Description("In the workspace's currency, at most two decimals.")
        BigDecimal revenue) {}
