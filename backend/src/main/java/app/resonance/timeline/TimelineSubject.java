package app.resonance.timeline;

/** Whose timeline: a company's or a contact's. */
public enum TimelineSubject {
    COMPANY("company_id"),
    CONTACT("contact_id");

    final String column;

    TimelineSubject(String column) {
        this.column = column;
    }
}
