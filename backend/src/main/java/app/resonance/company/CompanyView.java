package app.resonance.company;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Company")
public record CompanyView(
        @Id @NonNull UUID id,
        @NonNull String name,
        @NonNull String industry,
        @NonNull String region,
        CompanySize size,
        @NonNull CompanyStatus status,

        @Description("The account manager's username; null when none (or when they left the workspace).")
        String owner,

        UpsellPotential upsellPotential,
        String externalId,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt) {

    static CompanyView of(CompanyRow row) {
        return new CompanyView(
                row.id(),
                row.name(),
                row.industry(),
                row.region(),
                row.size(),
                row.status(),
                row.owner(),
                row.upsellPotential(),
                row.externalId(),
                row.createdAt(),
                row.updatedAt());
    }
}
