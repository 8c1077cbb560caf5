package app.resonance.segment;

import app.resonance.common.tabular.ListImport;
import app.resonance.common.tabular.RowReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Segments from a file with the columns name, immersion, reaction_weight, profile, significance. */
final class SegmentImport extends ListImport<SegmentImport.Row> {

    record Row(UUID id, String name, Immersion immersion, double reactionWeight, String profile, String significance) {}

    private final Map<String, UUID> existing;

    SegmentImport(UUID workspaceId, Map<String, UUID> existing, SegmentRepository segments) {
        super(Row::name, rows -> segments.upsert(workspaceId, rows));
        this.existing = existing;
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("name", "immersion", "reaction_weight");
    }

    @Override
    protected Row parse(RowReader cells, Map<String, Integer> columns) {
        String name = cells.text(columns.get("name"), SegmentInput.NAME_MAX, true);
        Immersion immersion = cells.choice(columns.get("immersion"), Immersion.class);
        Double reactionWeight = cells.fraction(columns.get("reaction_weight"), true);
        String profile = cells.text(column(columns, "profile"), SegmentInput.TEXT_MAX, false);
        String significance = cells.text(column(columns, "significance"), SegmentInput.TEXT_MAX, false);
        if (cells.failed()) {
            return null;
        }
        UUID id = existing.getOrDefault(name.toLowerCase(Locale.ROOT), UUID.randomUUID());
        return new Row(
                id,
                name,
                immersion,
                reactionWeight,
                profile == null ? "" : profile,
                significance == null ? "" : significance);
    }
}
