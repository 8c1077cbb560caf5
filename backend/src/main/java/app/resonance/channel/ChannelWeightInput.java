package app.resonance.channel;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ChannelWeightInput")
@Description("w(s, c) in [0, 1]; 0 removes the pair (a missing pair counts as 0).")
public record ChannelWeightInput(
        @Id @NonNull String segmentId,
        @Id @NonNull String channelId,
        @NonNull @DecimalMin("0") @DecimalMax("1") double weight) {}
