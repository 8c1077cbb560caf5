package app.resonance.equipment;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EquipmentInput")
@Description("Owned by exactly one of companyId and contactId.")
@StorableText
public record EquipmentInput(
        @Id String companyId,
        @Id String contactId,
        @NonNull @NotBlank @Size(max = 200) String product,
        @Size(max = 200) String model,

        @Description("Not in the future; not after purchaseDate.")
        LocalDate productionDate,

        @Description("Not in the future.") LocalDate purchaseDate,

        @Description("1 when not given.") @Min(1) @Max(1_000_000)
        Integer quantity,

        @Description("The id in the source system; unique per workspace.") @Size(min = 1, max = 200)
        String externalId) {}
