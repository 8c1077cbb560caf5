package app.resonance.contact;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ContactInput")
@Description("A first name, a last name or an email at least.")
@StorableText
public record ContactInput(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String position,
        Boolean keyStaff,
        Boolean management,
        @Email @Size(max = 320) String email,

        @Description("Digits, spaces and + ( ) - . / only.")
        @Size(max = 50)
        @Pattern(regexp = "^[0-9+()./ -]*$", message = "{resonance.validation.phone}")
        String phone,

        @Size(max = 400) String addressLine,
        @Size(max = 20) String postalCode,
        @Size(max = 200) String city,

        @Description("ISO 3166-1 alpha-2, e.g. PL.") @Pattern(regexp = "^[A-Z]{2}$")
        String country,

        @Description("A language tag such as en, pl or pt-BR.") @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$")
        String preferredLanguage,

        @Description("The id in the client's own system; unique in the workspace.") @Size(max = 200)
        String externalId,

        @Id @Description("The contact's company, if any.") String companyId) {}
