package app.resonance.analytic;

import app.resonance.common.persistence.NamedInput;
import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AnalyticInput")
@StorableText
@ListsWithoutNulls
public record AnalyticInput(
        @NonNull @NotNull @Description("Changes only while no record has a value.")
        AnalyticAppliesTo appliesTo,

        @NonNull @NotBlank @Size(max = 100) @Description("Unique among the workspace's analytics of the same records.")
        String name,

        @NonNull @NotNull @Description("Changes only while no record has a value.")
        AnalyticType type,

        @Size(max = 200)
        @Description("An ENUMERATION's values (required, distinct, at most 200 characters each), in the order"
                + " offered; none for other types. Rename one with renameAnalyticOption; one that records"
                + " hold cannot be removed.")
        List<String> options,

        @Size(max = 4000) String description,

        @Description("A key analytic: the quality record counts the contacts that have every key analytic filled."
                + " Default false.")
        Boolean key)
        implements NamedInput {

    /** The options as stored: stripped, none when not given. */
    List<String> strippedOptions() {
        return options == null ? List.of() : options.stream().map(String::strip).toList();
    }
}
