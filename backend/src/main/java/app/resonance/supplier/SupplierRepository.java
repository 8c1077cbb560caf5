package app.resonance.supplier;

import app.resonance.common.persistence.WorkspaceScopedRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SupplierRepository implements WorkspaceScopedRepository<Supplier, SupplierView> {

    private final Pool pool;

    SupplierRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public String noun() {
        return "supplier";
    }

    @Override
    public Uni<List<SupplierView>> views(UUID workspaceId, Collection<UUID> ids) {
        return pool.preparedQuery("select id, name, services, contact_name, email, phone, notes from supplier"
                        + " where workspace_id = $1 and ($2::uuid[] is null or id = any($2)) order by lower(name), id")
                .execute(Tuple.of(workspaceId, ids == null ? null : ids.toArray(UUID[]::new)))
                .map(rows -> rows.stream()
                        .map(row -> SupplierView.of(
                                row.getUUID("id"),
                                row.getString("name"),
                                row.getArrayOfStrings("services"),
                                row.getString("contact_name"),
                                row.getString("email"),
                                row.getString("phone"),
                                row.getString("notes")))
                        .toList());
    }
}
