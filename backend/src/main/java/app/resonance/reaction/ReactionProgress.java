package app.resonance.reaction;

import app.resonance.balance.BalanceCell;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ReactionProgress")
@Description("The reaction's cell over the alert window now, against the moment the reaction began.")
public record ReactionProgress(
        @NonNull BalanceCell cell,

        @Description("g now − g when the reaction began: below 0 when the gap closed.")
        double gapChange,

        @Description("Whether the cell is balanced again (urgency NONE).")
        boolean restored) {}
