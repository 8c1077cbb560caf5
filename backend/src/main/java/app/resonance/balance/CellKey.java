package app.resonance.balance;

import java.util.UUID;

/** A segment × channel cell. */
public record CellKey(UUID segmentId, UUID channelId) {}
