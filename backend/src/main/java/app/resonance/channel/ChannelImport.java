package app.resonance.channel;

import app.resonance.common.tabular.ListImport;
import app.resonance.common.tabular.RowReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Channels from a file with the columns name, type, url, publisher. */
final class ChannelImport extends ListImport<ChannelImport.Row> {

    record Row(UUID id, String name, ChannelType type, String url, String publisher) {}

    private final Map<String, UUID> existing;

    ChannelImport(UUID workspaceId, Map<String, UUID> existing, ChannelRepository channels) {
        super(Row::name, rows -> channels.upsert(workspaceId, rows));
        this.existing = existing;
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("name", "type");
    }

    @Override
    protected Row parse(RowReader cells, Map<String, Integer> columns) {
        String name = cells.text(columns.get("name"), ChannelInput.NAME_MAX, true);
        ChannelType type = cells.choice(columns.get("type"), ChannelType.class);
        String url = cells.url(column(columns, "url"));
        String publisher = cells.text(column(columns, "publisher"), ChannelInput.NAME_MAX, false);
        if (cells.failed()) {
            return null;
        }
        return new Row(
                existing.getOrDefault(name.toLowerCase(Locale.ROOT), UUID.randomUUID()), name, type, url, publisher);
    }
}
