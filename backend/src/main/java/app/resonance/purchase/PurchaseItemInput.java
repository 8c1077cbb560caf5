package app.resonance.purchase;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PurchaseItemInput")
@StorableText
public record PurchaseItemInput(
        @NonNull @NotBlank @Size(max = 200) String product,
        @Size(max = 200) String category,

        @Description("1 when not given.") @Min(1) @Max(1_000_000)
        Integer quantity) {}
