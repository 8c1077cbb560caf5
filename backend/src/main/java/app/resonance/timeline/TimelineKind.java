package app.resonance.timeline;

/**
 * What a timeline entry tells of. The database takes any upper-case word, so a feature adds its own kinds
 * (INVITED, OPENED, REGISTERED …, with the campaign's id in the details) here without a migration.
 */
public enum TimelineKind {
    /** The record was created; no details. */
    CREATED,
    /** Fields of the record changed: {@code {"fields": ["name", "region"]}}, as the API names them. */
    UPDATED,
    /** A contact's consent changed: {@code {"channel", "from", "to", "source"}}. */
    CONSENT_CHANGED,
    /**
     * Another contact was merged into this one: {@code {"mergedId", "mergedName", "mergedEmail", "fields"}} (the
     * fields its values filled).
     */
    MERGED
}
