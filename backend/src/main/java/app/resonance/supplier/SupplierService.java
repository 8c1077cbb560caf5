package app.resonance.supplier;

import app.resonance.workspace.NamedRows;
import app.resonance.workspace.WorkspaceAccess;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SupplierService {

    private final NamedRows<Supplier, SupplierInput, SupplierView> rows;

    SupplierService(SupplierRepository suppliers, WorkspaceAccess access) {
        this.rows = new NamedRows<>(access, suppliers, Supplier::new, SupplierView::of);
    }

    /** List, create, update and delete. */
    public NamedRows<Supplier, SupplierInput, SupplierView> rows() {
        return rows;
    }
}
