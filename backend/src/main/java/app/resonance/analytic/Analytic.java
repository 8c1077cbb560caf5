package app.resonance.analytic;

import app.resonance.common.persistence.WorkspaceOwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "analytic")
public class Analytic extends WorkspaceOwnedRow<AnalyticInput> {

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false)
    public AnalyticAppliesTo appliesTo;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AnalyticType type;

    /** An enumeration's values in the order the SPA offers them; empty for other types. */
    @Column(nullable = false)
    public String[] options;

    @Column(nullable = false)
    public String description;

    @Column(name = "is_key", nullable = false)
    public boolean key;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    protected Analytic() {}

    Analytic(UUID workspaceId, OffsetDateTime createdAt) {
        super(workspaceId);
        this.createdAt = createdAt;
    }

    @Override
    public void apply(AnalyticInput input) {
        appliesTo = input.appliesTo();
        name = input.name().strip();
        type = input.type();
        options = input.strippedOptions().toArray(String[]::new);
        description = input.description() == null ? "" : input.description().strip();
        key = Boolean.TRUE.equals(input.key());
    }
}
