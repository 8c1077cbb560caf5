package app.resonance.supplier;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Supplier")
public record SupplierView(
        @Id @NonNull UUID id,
        @NonNull String name,
        @NonNull List<@NonNull BudgetCategory> services,
        @NonNull String contactName,
        @NonNull String email,
        @NonNull String phone,
        @NonNull String notes) {

    static SupplierView of(
            UUID id, String name, String[] services, String contactName, String email, String phone, String notes) {
        return new SupplierView(
                id,
                name,
                Arrays.stream(services).map(BudgetCategory::valueOf).toList(),
                contactName,
                email,
                phone,
                notes);
    }

    static SupplierView of(Supplier supplier) {
        return of(
                supplier.id,
                supplier.name,
                supplier.services,
                supplier.contactName,
                supplier.email,
                supplier.phone,
                supplier.notes);
    }
}
