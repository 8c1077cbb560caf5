package app.resonance.brand;

import app.resonance.common.persistence.NamedInput;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("BrandInput")
@StorableText
public record BrandInput(
        @NonNull @NotBlank @Size(max = NAME_MAX) String name,

        @NonNull @NotNull @Description("One CLIENT per workspace; any number of COMPETITORs.")
        BrandKind kind)
        implements NamedInput {

    /** Characters of a name (the import checks the same). */
    public static final int NAME_MAX = 200;
}
