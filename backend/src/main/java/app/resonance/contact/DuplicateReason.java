package app.resonance.contact;

import org.eclipse.microprofile.graphql.Description;

@Description("Why two contacts are suspected to be one person.")
public enum DuplicateReason {
    @Description("The same email address, in any case.")
    EMAIL,
    @Description("The same phone number (digits and +), at least 6 characters.")
    PHONE,
    @Description("Names that read alike (pg_trgm similarity ≥ 0.6) at the same company.")
    NAME
}
