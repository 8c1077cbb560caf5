package app.resonance.datafile;

import app.resonance.common.tabular.ImportMode;
import app.resonance.publication.PublicationColumns;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an import stores, as the job's JSON, for whichever instance runs it: publications with their
 * column mapping, or a file of {@code kind} with its mapping (field → column) and mode.
 */
public record ImportRequest(ImportKind kind, PublicationColumns columns, List<ImportColumn> mapping, ImportMode mode) {

    static ImportRequest publications(PublicationColumns columns) {
        return new ImportRequest(null, columns, null, ImportMode.ALL_OR_NOTHING);
    }

    static ImportRequest of(ImportKind kind, List<ImportColumn> mapping, ImportMode mode) {
        return new ImportRequest(kind, null, mapping, mode == null ? ImportMode.ALL_OR_NOTHING : mode);
    }

    /** Whether the good rows of a file with bad ones are stored (jobs queued before modes were all or nothing). */
    boolean goodRowsOnly() {
        return mode == ImportMode.GOOD_ROWS_ONLY;
    }

    /**
     * The mapping by field; the last mapping of a field counts. (The API takes a list of nullable entries:
     * SmallRye GraphQL makes a list argument non-null when its entries are.)
     */
    Map<String, String> columnsByField() {
        return mapping == null
                ? Map.of()
                : mapping.stream()
                        .filter(Objects::nonNull)
                        .collect(Collectors.toMap(ImportColumn::field, ImportColumn::column, (first, last) -> last));
    }
}
