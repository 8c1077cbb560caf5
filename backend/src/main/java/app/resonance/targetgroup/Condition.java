package app.resonance.targetgroup;

import app.resonance.consent.ConsentCondition;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.Description;

/** One test of a contact: exactly one of the parts is set. */
@Description("One test of a contact: set exactly one part.")
public record Condition(
        @Valid ContactCondition contact,

        @Description("A field of the contact's company (false for contacts without one).") @Valid
        CompanyCondition company,

        @Valid AnalyticCondition analytic,
        @Valid EquipmentCondition equipment,
        @Valid PurchaseCondition purchases,
        @Valid ConsentCondition consent,

        @Description("Member of another target group (its current rule and its manual includes and excludes).") @Valid
        MembershipCondition targetGroup) {}
