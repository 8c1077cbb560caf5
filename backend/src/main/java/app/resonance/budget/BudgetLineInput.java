package app.resonance.budget;

import app.resonance.common.validation.StorableText;
import app.resonance.supplier.BudgetCategory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("BudgetLineInput")
@Description("Amounts in the workspace's currency, at least 0 with at most two decimals (pass them as strings to"
        + " keep every digit).")
@StorableText
public record BudgetLineInput(
        @NonNull @NotNull BudgetCategory category,

        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal planned,

        @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Description("0 when absent: nothing spent yet.")
        BigDecimal actual,

        @Id @Description("A supplier of the same workspace.")
        String supplierId,

        @Size(max = 2000) String note) {}
