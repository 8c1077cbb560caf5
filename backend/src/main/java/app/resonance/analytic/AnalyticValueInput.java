package app.resonance.analytic;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

@Input("AnalyticValueInput")
@Description("Exactly one of these: the one the analytic's type takes (ENUMERATION: text, one of its options).")
@StorableText
public record AnalyticValueInput(
        @Size(max = 4000) String text,
        @Digits(integer = 15, fraction = 6) BigDecimal number,
        LocalDate date,
        @Name("boolean") Boolean booleanValue) {}
