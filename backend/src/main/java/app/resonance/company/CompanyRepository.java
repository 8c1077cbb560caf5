package app.resonance.company;

import app.resonance.common.persistence.TenantRows;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Companies through the reactive SQL client (table alias {@code c}); writes run on the caller's transaction. */
@ApplicationScoped
public class CompanyRepository {

    private final TenantRows<CompanyRow> rows;

    CompanyRepository(Pool pool) {
        this.rows = new TenantRows<>(pool, CompanyRow.TABLE, "c", CompanyRow::from, CompanyRow::id);
    }

    TenantRows<CompanyRow> rows() {
        return rows;
    }
}
