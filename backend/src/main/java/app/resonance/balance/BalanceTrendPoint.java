package app.resonance.balance;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A cell over one bucket (day, ISO week from Monday, or month) starting at `start`.")
public record BalanceTrendPoint(
        @NonNull LocalDate start, @NonNull BalanceCell cell) {}
