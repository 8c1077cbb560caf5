package app.resonance.analytic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("AnalyticValue")
@Description("A record's value of an analytic: the one field its type fills (ENUMERATION and TEXT: text).")
public record AnalyticValueView(
        @NonNull AnalyticView analytic,
        @Id @NonNull @Description("The company or contact.") UUID recordId,
        String text,
        BigDecimal number,
        LocalDate date,
        @Name("boolean") Boolean booleanValue) {}
