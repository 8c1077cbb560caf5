package app.resonance.supplier;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SupplierQuoteInput")
@Description("What a supplier asks for one of the services it offers; replaces its earlier quote for it.")
@StorableText
public record SupplierQuoteInput(
        @Id @NonNull @NotNull String supplierId,

        @NonNull @NotNull @Description("One of the supplier's services.")
        BudgetCategory service,

        @NonNull
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        @Description("In the workspace's currency; at least 0, at most two decimals.")
        BigDecimal amount,

        @Size(max = 500) String note) {}
