package app.resonance.supplier;

import app.resonance.common.persistence.NamedRowRepository;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

@Singleton
public class SupplierRepository extends NamedRowRepository<Supplier, SupplierView> {

    SupplierRepository(Pool pool) {
        super(
                pool,
                "supplier",
                "id, name, services, contact_name, email, phone, notes",
                row -> SupplierView.of(
                        row.getUUID("id"),
                        row.getString("name"),
                        row.getArrayOfStrings("services"),
                        row.getString("contact_name"),
                        row.getString("email"),
                        row.getString("phone"),
                        row.getString("notes")));
    }
}
