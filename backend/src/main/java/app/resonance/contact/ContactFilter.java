package app.resonance.contact;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import app.resonance.consent.ConsentCondition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ContactFilter")
@Description("All given criteria must hold; a list holds when the contact has any of its values.")
@StorableText
@ListsWithoutNulls
public record ContactFilter(
        @Id @Description("The company's contacts.") String companyId,
        Boolean keyStaff,
        Boolean management,

        @Description("ISO 3166-1 alpha-2 codes.") @Size(max = 300)
        List<String> countries,

        @Size(max = 100) List<String> preferredLanguages,
        Boolean hasEmail,

        @Valid @Description("The contact's consent on the channel is in the state.")
        ConsentCondition consent) {}
