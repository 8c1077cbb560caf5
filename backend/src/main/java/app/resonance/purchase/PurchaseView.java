package app.resonance.purchase;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A purchase; its items resolve for a whole page at once ({@link PurchaseGraphQL#items}). */
@Name("Purchase")
public record PurchaseView(
        @Id @NonNull UUID id,
        @Id UUID companyId,
        @Id UUID contactId,
        @NonNull OffsetDateTime purchasedAt,
        @NonNull BigDecimal amount,
        @NonNull String currency,
        String externalId) {

    static PurchaseView of(PurchaseRow row) {
        return new PurchaseView(
                row.id(),
                row.companyId(),
                row.contactId(),
                row.purchasedAt(),
                row.amount(),
                row.currency(),
                row.externalId());
    }
}
