package app.resonance.balance;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A brand's presence P_b = w × Σ a × m in a cell, with its publication count.")
public record BrandPresence(@Id @NonNull UUID brandId, double presence, int publications) {}
