package app.resonance.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A row owned by a workspace, with its own id, edited through an input record {@code I}. */
@MappedSuperclass
public abstract class WorkspaceOwnedRow<I> {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    protected WorkspaceOwnedRow() {}

    protected WorkspaceOwnedRow(UUID workspaceId) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
    }

    /** Copies the (validated) input onto the row. */
    public abstract void apply(I input);
}
