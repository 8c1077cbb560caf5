package app.resonance.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "workspace")
public class Workspace {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** ISO 4217 code of every budget in the workspace. */
    @Column(nullable = false)
    public String currency;

    protected Workspace() {}

    Workspace(String name, String createdBy) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
        this.currency = "EUR";
    }
}
