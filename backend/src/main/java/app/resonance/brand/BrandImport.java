package app.resonance.brand;

import app.resonance.common.tabular.ListImport;
import app.resonance.common.tabular.RowProblem.Reason;
import app.resonance.common.tabular.RowReader;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Brands from a file with the columns name, kind; the workspace keeps one CLIENT at most. */
final class BrandImport extends ListImport<BrandImport.Row> {

    record Row(UUID id, String name, BrandKind kind) {}

    private final UUID workspaceId;
    private final Map<String, UUID> existing;
    /** The name of the workspace's client brand, if it has one. */
    private final String clientName;

    private final BrandRepository brands;
    /** The name of the first brand the file makes the client, as the file writes it. */
    private String clientInFile;

    BrandImport(UUID workspaceId, Map<String, UUID> existing, String clientName, BrandRepository brands) {
        this.workspaceId = workspaceId;
        this.existing = existing;
        this.clientName = clientName;
        this.brands = brands;
    }

    @Override
    protected List<String> requiredColumns() {
        return List.of("name", "kind");
    }

    @Override
    protected Row parse(RowReader cells, Map<String, Integer> columns) {
        String name = cells.text(columns.get("name"), 200, true);
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

    @Override
    protected String key(Row row) {
        return row.name();
    }

    @Override
    protected Uni<Void> store(List<Row> rows) {
        return brands.upsert(workspaceId, rows);
    }
}
