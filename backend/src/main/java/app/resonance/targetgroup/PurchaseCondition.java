package app.resonance.targetgroup;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Purchases of the contact (or of their company) within a period: their COUNT, the sum of their "
        + "AMOUNT (all currencies alike) or of their ITEMS' quantities is at least / at most a number. With a "
        + "category, only purchases with an item of it count (ITEMS: only its items). The period is lastDays "
        + "(up to now), or period (calendar days in the rule's time zone), or neither (all time).")
@StorableText
@ListsWithoutNulls
public record PurchaseCondition(
        @DefaultValue("CONTACT") Owner owner,
        @NonNull Measure measure,
        String category,
        BigDecimal atLeast,
        BigDecimal atMost,
        Integer lastDays,
        DateRange period) {

    @Enum("PurchaseMeasure")
    public enum Measure {
        COUNT,
        AMOUNT,
        ITEMS
    }
}
