package app.resonance.supplier;

import app.resonance.common.persistence.NamedInput;
import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SupplierInput")
@StorableText
@ListsWithoutNulls
public record SupplierInput(
        @NonNull @NotBlank @Size(max = 200) String name,

        @NonNull @NotNull @Size(max = 9) @Description("The services offered, as budget categories.")
        List<@NonNull BudgetCategory> services,

        @Description("Who to talk to.") @Size(max = 200) String contactName,

        @Email @Size(max = 320) String email,

        @Description("Digits, spaces and + ( ) - . / only.")
        @Size(max = 50)
        @Pattern(regexp = "^[0-9+()./ -]*$", message = "{resonance.validation.phone}")
        String phone,

        @Size(max = 4000) String notes)
        implements NamedInput {}
