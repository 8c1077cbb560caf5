package app.resonance.targetgroup;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("Calendar days, both inclusive; at least one. \"Before 2019\" is to: 2018-12-31.")
public record DateRange(LocalDate from, LocalDate to) {}
