package app.resonance.balance;

import app.resonance.channel.ChannelType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything but the publications that a workspace's balance depends on; rows and columns by name. */
record BalanceInputs(
        BalanceSettings settings,
        List<SegmentAxis> segments,
        List<ChannelAxis> channels,
        Map<CellKey, Double> weights,
        UUID client,
        List<UUID> competitors) {

    record SegmentAxis(UUID id, double reactionWeight) {}

    record ChannelAxis(UUID id, ChannelType type) {}

    double weight(CellKey cell) {
        return weights.getOrDefault(cell, 0.0);
    }
}
