package app.resonance.company;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CompanyInput")
@StorableText
public record CompanyInput(
        @NonNull @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String industry,
        @Size(max = 200) String region,
        CompanySize size,
        @Description("POTENTIAL when not given.") CompanyStatus status,

        @Description("The account manager: a member's username.") @Size(max = 255)
        String owner,

        UpsellPotential upsellPotential,

        @Description("The id in the client's own system; unique in the workspace.") @Size(max = 200)
        String externalId) {}
