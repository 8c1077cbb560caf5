package app.resonance.targetgroup;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

@Description("Inclusive bounds; at least one. Equal bounds test equality.")
public record NumberRange(BigDecimal atLeast, BigDecimal atMost) {}
