package app.resonance.brand;

import app.resonance.common.tabular.ListImport;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.RowReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Brands from a file with the columns name, kind; the workspace keeps one CLIENT at most. */
final class BrandImport extends ListImport<BrandImport.Row> {

    record Row(UUID id, String name, BrandKind kind) {}

    private final Map<String, UUID> existing;
    /** The name of the workspace's client brand, if it has one. */
    private final String clientName;
    /** The name of the first brand the file makes the client, as the file writes it. */
    private String clientInFile;

    BrandImport(UUID workspaceId, Map<String, UUID> existing, String clientName, BrandRepository brands) {
        super(Row::name, rows -> brands.upsert(workspaceId, rows));
        this.existing = existing;
        this.clientName = clientName;
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("name", "kind");
    }

    @Override
    protected Row parse(RowReader cells, Map<String, Integer> columns) {
        String name = cells.text(columns.get("name"), BrandInput.NAME_MAX, true);
        BrandKind kind = cells.choice(columns.get("kind"), BrandKind.class);
        if (cells.failed()) {
            return null;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (kind == BrandKind.CLIENT) {
            if (clientName != null && !clientName.toLowerCase(Locale.ROOT).equals(key)) {
                cells.problem(columns.get("kind"), Reason.CLIENT_BRAND_EXISTS, null, clientName);
                return null;
            }
            if (clientInFile != null && !clientInFile.toLowerCase(Locale.ROOT).equals(key)) {
                cells.problem(columns.get("kind"), Reason.SECOND_CLIENT_BRAND, null, clientInFile);
                return null;
            }
            clientInFile = name;
        }
        return new Row(existing.getOrDefault(key, UUID.randomUUID()), name, kind);
    }
}
