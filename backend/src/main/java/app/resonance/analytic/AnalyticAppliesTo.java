package app.resonance.analytic;

import org.eclipse.microprofile.graphql.Description;

@Description("The records an analytic describes.")
public enum AnalyticAppliesTo {
    COMPANY("company", "company_id"),
    CONTACT("contact", "contact_id");

    /** The records' table and the column of analytic_value that points at one. */
    final String table;

    final String valueColumn;

    AnalyticAppliesTo(String table, String valueColumn) {
        this.table = table;
        this.valueColumn = valueColumn;
    }
}
