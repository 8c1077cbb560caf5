package app.resonance.channel;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ChannelWeight")
public record ChannelWeightView(
        @Id @NonNull UUID segmentId, @Id @NonNull UUID channelId, double weight) {}
