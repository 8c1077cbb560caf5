package app.resonance.common.tabular;

import org.eclipse.microprofile.graphql.Description;

@Description("What an import does with a file that has bad rows.")
public enum ImportMode {
    @Description("Stores nothing when any row has a problem (the default).")
    ALL_OR_NOTHING,
    @Description("Stores the good rows and lists the bad ones; nothing when every row is bad.")
    GOOD_ROWS_ONLY
}
