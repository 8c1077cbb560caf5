package app.resonance.channel;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Channel")
public record ChannelView(@Id @NonNull UUID id, @NonNull String name, @NonNull ChannelType type, String url,
        String publisher) {

    static ChannelView of(Channel channel) {
        return new ChannelView(channel.id, channel.name, channel.type, channel.url, channel.publisher);
    }
}
