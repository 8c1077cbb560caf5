package app.resonance.segment;

import app.resonance.common.tabular.ListImport;
import app.resonance.common.tabular.RowReader;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Segments from a file with the columns name, immersion, reaction_weight, profile, significance. */
final class SegmentImport extends ListImport<SegmentImport.Row> {

    record Row(UUID id, String name, Immersion immersion, double reactionWeight, String profile, String significance) {}

    private final UUID workspaceId;
    private final Map<String, UUID> existing;
    private final SegmentRepository segments;

    SegmentImport(UUID workspaceId, Map<String, UUID> existing, SegmentRepository segments) {
        this.workspaceId = workspaceId;
        this.existing = existing;
        this.segments = segments;
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("name", "immersion", "reaction_weight");
    }

    @Override
    protected Row parse(RowReader cells, Map<String, Integer> columns) {
        String name = cells.text(columns.get("name"), 100, true);
        Immersion immersion = cells.choice(columns.get("immersion"), Immersion.class);
        Double reactionWeight = cells.fraction(columns.get("reaction_weight"), true);
        String profile = cells.text(column(columns, "profile"), 4000, false);
        String significance = cells.text(column(columns, "significance"), 4000, false);
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

    @Override
    protected String key(Row row) {
        return row.name();
    }

    @Override
    protected Uni<Void> store(List<Row> rows) {
        return segments.upsert(workspaceId, rows);
    }
}
