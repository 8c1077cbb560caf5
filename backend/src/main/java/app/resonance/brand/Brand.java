package app.resonance.brand;

import app.resonance.common.persistence.WorkspaceOwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "brand")
public class Brand extends WorkspaceOwnedRow<BrandInput> {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BrandKind kind;

    protected Brand() {}

    Brand(UUID workspaceId) {
        super(workspaceId);
    }

    @Override
    public void apply(BrandInput input) {
        name = input.name().strip();
        kind = input.kind();
    }
}
