package app.resonance.channel;

import app.resonance.common.tabular.ListImport;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.RowReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Weights w(s, c) from a file with the columns segment, channel, weight (names; 0 removes the pair). */
final class ChannelWeightImport extends ListImport<ChannelWeightImport.Row> {

    record Row(UUID segmentId, UUID channelId, double weight) {}

    private final Map<String, UUID> segments;
    private final Map<String, UUID> channels;

    ChannelWeightImport(
            UUID workspaceId, Map<String, UUID> segments, Map<String, UUID> channels, ChannelWeightRepository weights) {
        super(
                row -> row.segmentId() + "/" + row.channelId(),
                rows -> weights.set(
                        workspaceId,
                        rows.stream().map(Row::segmentId).toList(),
                        rows.stream().map(Row::channelId).toList(),
                        rows.stream().map(Row::weight).toList()));
        this.segments = segments;
        this.channels = channels;
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("segment", "channel", "weight");
    }

    @Override
    protected Row parse(RowReader cells, Map<String, Integer> columns) {
        UUID segment = cells.reference(columns.get("segment"), segments, Reason.UNKNOWN_SEGMENT);
        UUID channel = cells.reference(columns.get("channel"), channels, Reason.UNKNOWN_CHANNEL);
        Double weight = cells.fraction(columns.get("weight"), true);
        return cells.failed() ? null : new Row(segment, channel, weight);
    }
}
