package app.resonance.publication;

/** Orders of the publication list; each breaks ties by id so that cursors are stable. */
public enum PublicationOrder {
    PUBLISHED_AT_DESC("p.published_at", false),
    PUBLISHED_AT_ASC("p.published_at", true),
    WEIGHT_DESC("p.weight", false),
    TITLE_ASC("p.title", true);

    final String column;
    final boolean ascending;

    PublicationOrder(String column, boolean ascending) {
        this.column = column;
        this.ascending = ascending;
    }
}
