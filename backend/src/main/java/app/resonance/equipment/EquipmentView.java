package app.resonance.equipment;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Equipment")
public record EquipmentView(
        @Id @NonNull UUID id,
        @Id UUID companyId,
        @Id UUID contactId,
        @NonNull String product,
        @NonNull String model,
        LocalDate productionDate,
        LocalDate purchaseDate,
        int quantity,
        String externalId) {

    static EquipmentView of(EquipmentRow row) {
        return new EquipmentView(
                row.id(),
                row.companyId(),
                row.contactId(),
                row.product(),
                row.model(),
                row.productionDate(),
                row.purchaseDate(),
                row.quantity(),
                row.externalId());
    }
}
