package app.resonance.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user's membership in a workspace; the user is identified by their Keycloak username. */
@Entity
@Table(name = "workspace_member")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String username;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    protected Membership() {}

    Membership(UUID workspaceId, String username, String addedBy) {
        this.workspaceId = workspaceId;
        this.username = username;
        this.addedBy = addedBy;
        this.addedAt = OffsetDateTime.now();
    }
}
