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
        @NonNull @NotBlank @Size(max = 200) String name,
        @NonNull @NotNull ChannelType type,

        @Size(max = 2000) @Pattern(regexp = "^(https?://\\S+)?$", message = "{resonance.validation.httpAddress}")
        String url,

        @Description("The company behind the channel.") @Size(max = 200)
        String publisher)
        implements NamedInput {}
