package app.resonance.supplier;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SupplierEngagementInput")
@Description("One engagement of a supplier: what it did, for which campaign, for how much, and whether on time.")
@StorableText
public record SupplierEngagementInput(
        @Id @NonNull @NotNull String supplierId,

        @Id @Description("The campaign it served, if any (of the same workspace).")
        String campaignId,

        @NonNull @NotNull BudgetCategory service,

        @NonNull
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        @Description("What it cost, in the workspace's currency; at least 0, at most two decimals.")
        BigDecimal amount,

        @NonNull @NotNull @Description("When the service was delivered (or is due).")
        LocalDate engagedOn,

        @Description("Delivered on time (true) or late (false); null while not known.")
        Boolean onTime,

        @Size(max = 2000) String note) {}
