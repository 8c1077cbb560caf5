package app.resonance.workspace;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("WorkspaceInput")
@StorableText
public record WorkspaceInput(
        @NonNull @NotBlank @Size(max = WorkspaceInput.NAME_MAX) @Description("1 to 100 characters, not blank")
        String name) {

    static final int NAME_MAX = 100;
}
