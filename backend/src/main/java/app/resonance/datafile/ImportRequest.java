package app.resonance.datafile;

import app.resonance.publication.PublicationColumns;

/**
 * What an import stores, as the job's JSON, for whichever instance runs it: publications with their
 * column mapping, or a list of {@code kind}.
 */
public record ImportRequest(ImportKind kind, PublicationColumns columns) {

    static ImportRequest publications(PublicationColumns columns) {
        return new ImportRequest(null, columns);
    }

    static ImportRequest list(ImportKind kind) {
        return new ImportRequest(kind, null);
    }
}
