package app.resonance.company;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("CompanyFilter")
@Description("All given criteria must hold; a list holds when the company has any of its values.")
@StorableText
@ListsWithoutNulls
public record CompanyFilter(
        @Size(max = 3) List<CompanyStatus> statuses,
        @Size(max = 4) List<CompanySize> sizes,
        @Size(max = 3) List<UpsellPotential> upsellPotentials,
        @Size(max = 100) List<String> regions,
        @Size(max = 100) List<String> industries,

        @Description("Account managers' usernames.") @Size(max = 100)
        List<String> owners) {}
