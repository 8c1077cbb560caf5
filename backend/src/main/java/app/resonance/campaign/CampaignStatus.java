package app.resonance.campaign;

import java.util.Set;

/** DRAFT → PLANNED → RUNNING → COMPLETED; CANCELLED from any status but COMPLETED. Both ends are final. */
public enum CampaignStatus {
    DRAFT,
    PLANNED,
    RUNNING,
    COMPLETED,
    CANCELLED;

    /** Whether a campaign in this status may move to {@code next}; staying in the same status is no move. */
    public boolean mayBecome(CampaignStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(PLANNED, CANCELLED).contains(next);
            case PLANNED -> Set.of(RUNNING, CANCELLED).contains(next);
            case RUNNING -> Set.of(COMPLETED, CANCELLED).contains(next);
            case COMPLETED, CANCELLED -> false;
        };
    }
}
