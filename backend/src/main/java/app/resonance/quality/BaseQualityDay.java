package app.resonance.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The customer base's quality as recorded for one day; the figures count contacts.")
public record BaseQualityDay(
        @NonNull LocalDate day,
        int contacts,

        @Description("With an email address of a valid form.")
        int validEmail,

        @Description("Who granted consent to email.") int consentEmail,
        int consentSms,
        int consentPhone,
        int consentPost,

        @Description(
                "With every key analytic filled (company analytics on their company); null while no analytic is key.")
        Integer keyAnalyticsFilled,

        @Description(
                "In at least one suspected duplicate pair (same email, same phone, or a like name at the same company).")
        int suspectedDuplicates,

        @Description("Not changed and with nothing on their timeline for 12 months.")
        int untouched,

        @NonNull OffsetDateTime recordedAt) {}
