package app.resonance.targetgroup;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The value of a company or contact analytic; set exactly one test: isSet (any type), anyOf "
        + "(ENUMERATION options), equals (TEXT, regardless of case), number (NUMBER), date (DATE), is (BOOLEAN).")
@StorableText
@ListsWithoutNulls
public record AnalyticCondition(
        @Id @NonNull String analyticId,
        // Named as in the input: a record component isSet would otherwise read back as "set".
        @Name("isSet") Boolean isSet,
        List<String> anyOf,
        String equals,
        NumberRange number,
        DateRange date,
        Boolean is) {}
