package app.resonance.publication;

import graphql.schema.DataFetchingFieldSelectionSet;

/** The relations of a publication that a GraphQL selection asks for: only these are loaded. */
record PublicationRelations(boolean brand, boolean channel, boolean assessments, boolean segments) {

    /** The relations selected below {@code path}: "edges/node/" in a connection, "" on a publication itself. */
    static PublicationRelations selected(DataFetchingFieldSelectionSet selection, String path) {
        return new PublicationRelations(selection.contains(path + "brand"), selection.contains(path + "channel"),
                selection.contains(path + "assessments"), selection.contains(path + "assessments/segment"));
    }
}
