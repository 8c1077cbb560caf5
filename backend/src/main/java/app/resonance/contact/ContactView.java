package app.resonance.contact;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Contact")
public record ContactView(
        @Id @NonNull UUID id,
        @Ignore UUID workspaceId,
        @Ignore UUID companyId,
        @NonNull String firstName,
        @NonNull String lastName,
        @NonNull String position,
        @Description("Key staff of their company.") boolean keyStaff,
        @Description("Part of their company's management.") boolean management,
        @NonNull String email,
        @NonNull String phone,
        @NonNull String addressLine,
        @NonNull String postalCode,
        @NonNull String city,
        @Description("ISO 3166-1 alpha-2.") String country,
        String preferredLanguage,
        String externalId,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt) {

    static ContactView of(ContactRow row) {
        return new ContactView(
                row.id(),
                row.workspaceId(),
                row.companyId(),
                row.firstName(),
                row.lastName(),
                row.position(),
                row.keyStaff(),
                row.management(),
                row.email(),
                row.phone(),
                row.addressLine(),
                row.postalCode(),
                row.city(),
                row.country(),
                row.preferredLanguage(),
                row.externalId(),
                row.createdAt(),
                row.updatedAt());
    }
}
