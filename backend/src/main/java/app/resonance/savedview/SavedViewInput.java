package app.resonance.savedview;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SavedViewInput")
@StorableText
public record SavedViewInput(
        @NonNull
        @NotNull
        @Description("The grid the view belongs to, e.g. contacts: lower-case letters, digits and hyphens.")
        @Pattern(regexp = "^[a-z][a-z0-9-]{0,39}$")
        String screen,

        @NonNull
        @NotBlank
        @Description("Unique among the member's views of the screen, regardless of case.")
        @Size(max = 100)
        String name,

        @NonNull
        @NotNull
        @Description("The screen's search, filters and sorting: a JSON object of at most "
                + SavedViewService.MAX_STATE_BYTES + " bytes (UTF-8).")
        @Size(max = SavedViewService.MAX_STATE_BYTES)
        String state) {}
