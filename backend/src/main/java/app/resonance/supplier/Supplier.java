package app.resonance.supplier;

import app.resonance.common.persistence.WorkspaceOwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "supplier")
public class Supplier extends WorkspaceOwnedRow<SupplierInput> {

    @Column(nullable = false)
    public String name;

    /** Budget category names, distinct and in the enum's order. */
    @Column(nullable = false)
    public String[] services;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String phone;

    @Column(nullable = false)
    public String notes;

    protected Supplier() {}

    Supplier(UUID workspaceId) {
        super(workspaceId);
    }

    @Override
    public void apply(SupplierInput input) {
        name = input.name().strip();
        services = input.services().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        contactName = stripped(input.contactName());
        email = stripped(input.email());
        phone = stripped(input.phone());
        notes = stripped(input.notes());
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
