package app.resonance.contact;

import app.resonance.common.persistence.TenantRows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Contacts through the reactive SQL client (table alias {@code c}); writes run on the caller's transaction. */
@ApplicationScoped
public class ContactRepository {

    private final Pool pool;
    private final TenantRows<ContactRow> rows;

    ContactRepository(Pool pool) {
        this.pool = pool;
        this.rows = new TenantRows<>(pool, ContactRow.TABLE, "c", ContactRow::from, ContactRow::id);
    }

    TenantRows<ContactRow> rows() {
        return rows;
    }

    /** How many contacts each of these companies has (those with none are missing), in one statement. */
    Uni<Map<UUID, Long>> countsByCompany(Collection<UUID> companyIds) {
        return pool.preparedQuery(
                        "select company_id, count(*) from contact where company_id = any($1) group by company_id")
                .execute(Tuple.of(companyIds.toArray(UUID[]::new)))
                .map(result -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    result.forEach(row -> counts.put(row.getUUID(0), row.getLong(1)));
                    return counts;
                });
    }
}
