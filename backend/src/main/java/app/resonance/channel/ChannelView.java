package app.resonance.channel;

import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Channel")
public record ChannelView(
        @Id @NonNull UUID id, @NonNull String name, @NonNull ChannelType type, String url, String publisher) {

    /** The channel in a SQL row, its columns named with the prefix ("c_" in the publication page's join). */
    public static ChannelView from(Row row, String prefix) {
        return new ChannelView(
                row.getUUID(prefix + "id"),
                row.getString(prefix + "name"),
                ChannelType.valueOf(row.getString(prefix + "type")),
                row.getString(prefix + "url"),
                row.getString(prefix + "publisher"));
    }

    static ChannelView of(Channel channel) {
        return new ChannelView(channel.id, channel.name, channel.type, channel.url, channel.publisher);
    }
}
