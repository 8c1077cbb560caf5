package app.resonance.campaign;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("PlannedFigures")
@Description("Planned invitations, registrations, attendees, opportunities and revenue; null when not planned.")
public record PlannedFigures(
        Integer invitations, Integer registrations, Integer attendees, Integer opportunities, BigDecimal revenue) {}
