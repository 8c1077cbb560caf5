package app.resonance.datafile;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ImportColumnInput")
@Description("Which column of the file holds a field (see importFields); a field not mapped is read from the"
        + " column of its own name, if any.")
public record ImportColumn(
        @NonNull @Size(max = 100) String field,
        @NonNull @Size(max = 200) String column) {}
