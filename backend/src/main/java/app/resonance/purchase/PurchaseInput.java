package app.resonance.purchase;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PurchaseInput")
@Description("Bought by a contact, a company, or a contact on behalf of a company: at least one of the two.")
@StorableText
@ListsWithoutNulls
public record PurchaseInput(
        @Id String companyId,
        @Id String contactId,
        @NonNull @NotNull @Description("Not in the future.") OffsetDateTime purchasedAt,

        @NonNull
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        @Description("At least 0, at most two decimals; exact (pass it as a string to keep every digit).")
        BigDecimal amount,

        @NonNull @NotNull @Pattern(regexp = "^[A-Z]{3}$") @Description("ISO 4217 code, upper case, e.g. EUR.")
        String currency,

        @Description("The id in the source system; unique per workspace.") @Size(min = 1, max = 200)
        String externalId,

        @NonNull @NotNull @Size(min = 1, max = 500) @Valid List<@NonNull PurchaseItemInput> items) {}
