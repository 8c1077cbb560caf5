package app.resonance.quality;

import org.eclipse.microprofile.graphql.Description;

@Description("A figure of the quality record whose contacts a list shows.")
public enum QualityFigure {
    @Description("No email address of a valid form (contacts − validEmail).")
    INVALID_OR_MISSING_EMAIL,
    @Description("No consent granted to email (contacts − consentEmail).")
    NO_CONSENT_EMAIL,
    @Description("contacts − consentSms.")
    NO_CONSENT_SMS,
    @Description("contacts − consentPhone.")
    NO_CONSENT_PHONE,
    @Description("contacts − consentPost.")
    NO_CONSENT_POST,
    @Description("Some key analytic not filled (contacts − keyAnalyticsFilled; none while no analytic is key).")
    KEY_ANALYTICS_MISSING,
    @Description("suspectedDuplicates.")
    SUSPECTED_DUPLICATE,
    @Description("untouched.")
    UNTOUCHED
}
