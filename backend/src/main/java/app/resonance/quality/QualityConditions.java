package app.resonance.quality;

/**
 * The tests behind the quality figures, over {@code contact c}: the daily record counts the contacts that pass
 * them, the lists behind the figures page the contacts that fail them (or, for duplicates and untouched
 * contacts, pass them). One text for both, so that a list always matches its count.
 */
final class QualityConditions {

    /** An email address of a valid form: something, @, something with a dot. */
    static final String VALID_EMAIL = "c.email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'";

    private QualityConditions() {}

    /** Changed before {@code since} and nothing on the timeline since then (a placeholder used twice). */
    static String untouched(String since, String sinceAgain) {
        return "c.updated_at < " + since + " and not exists (select 1 from timeline_entry t where t.contact_id = c.id"
                + " and t.at >= " + sinceAgain + ")";
    }

    /** Every key analytic of the workspace filled: the contact's own, and its company's for company analytics. */
    static String keyAnalyticsFilled(String workspace) {
        return "not exists (select 1 from analytic ka where ka.workspace_id = " + workspace + " and ka.is_key"
                + " and ka.applies_to = 'CONTACT' and not exists ("
                + " select 1 from analytic_value v where v.contact_id = c.id and v.analytic_id = ka.id))"
                + " and not exists (select 1 from analytic ka where ka.workspace_id = " + workspace + " and ka.is_key"
                + " and ka.applies_to = 'COMPANY' and not exists ("
                + " select 1 from analytic_value v where v.company_id = c.company_id and v.analytic_id = ka.id))";
    }

    /** Consent granted on the channel (one of the constant channel names). */
    static String consentGranted(String channel) {
        return "exists (select 1 from consent k where k.contact_id = c.id and k.channel = '" + channel
                + "' and k.state = 'GRANTED')";
    }

    /** In at least one suspected duplicate pair of the workspace. */
    static String suspectedDuplicate(String workspace) {
        return "c.id in (select m.id from contact_duplicates(" + workspace + ") p"
                + " cross join lateral (values (p.contact_id), (p.other_id)) as m(id))";
    }
}
