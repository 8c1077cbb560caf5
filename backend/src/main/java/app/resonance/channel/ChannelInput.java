package app.resonance.channel;

import app.resonance.common.persistence.NamedInput;
import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ChannelInput")
@StorableText
public record ChannelInput(
        @NonNull @NotBlank @Size(max = NAME_MAX) String name,
        @NonNull @NotNull ChannelType type,

        @Size(max = 2000) @Pattern(regexp = "^(https?://\\S+)?$", message = "{resonance.validation.httpAddress}")
        String url,

        @Description("The company behind the channel.") @Size(max = NAME_MAX)
        String publisher)
        implements NamedInput {

    /** Characters of a name (the import checks the same). */
    public static final int NAME_MAX = 200;
}
