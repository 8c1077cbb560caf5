package app.resonance.segment;

import app.resonance.common.persistence.WorkspaceOwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "segment")
public class Segment extends WorkspaceOwnedRow<SegmentInput> {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String profile;

    @Column(nullable = false)
    public String significance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Immersion immersion;

    @Column(name = "reaction_weight", nullable = false)
    public double reactionWeight;

    protected Segment() {}

    Segment(UUID workspaceId) {
        super(workspaceId);
    }

    @Override
    public void apply(SegmentInput input) {
        name = input.name().strip();
        profile = input.profile() == null ? "" : input.profile().strip();
        significance = input.significance() == null ? "" : input.significance().strip();
        immersion = input.immersion();
        reactionWeight = input.reactionWeight();
    }
}
