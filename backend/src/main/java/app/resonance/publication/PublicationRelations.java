package app.resonance.publication;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * The relations of a publication that a GraphQL selection asks for: only these are read. The brand and
 * channel come in the publications' own statement; the assessments, with their segments, in one more.
 */
record PublicationRelations(boolean brand, boolean channel, boolean assessments) {

    static final PublicationRelations NONE = new PublicationRelations(false, false, false);

    /** The relations selected below {@code path}: "edges/node/" in a connection, "" on a publication itself. */
    static PublicationRelations selected(DataFetchingFieldSelectionSet selection, String path) {
        return new PublicationRelations(
                selection.contains(path + "brand"),
                selection.contains(path + "channel"),
                selection.contains(path + "assessments"));
    }
}
