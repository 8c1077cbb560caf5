package app.resonance.publication;

/** What a report row is grouped by, with the SQL that yields its key and label. */
public enum StatsGroup {
    BRAND("b.id::text", "b.name"),
    CHANNEL("c.id::text", "c.name"),
    CHANNEL_TYPE("c.type", "c.type"),
    PUBLISHER("coalesce(c.publisher, '')", "coalesce(c.publisher, '')"),
    SEGMENT("s.id::text", "s.name"),
    SENTIMENT("a.sentiment", "a.sentiment");

    final String key;
    final String label;

    StatsGroup(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Grouping by an assessment's segment or sentiment counts only assessed publications. */
    boolean byAssessment() {
        return this == SEGMENT || this == SENTIMENT;
    }
}
