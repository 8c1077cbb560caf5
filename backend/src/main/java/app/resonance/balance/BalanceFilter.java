package app.resonance.balance;

import app.resonance.channel.ChannelType;
import app.resonance.common.error.Ids;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("BalanceFilter")
@Description(
        "Narrows the matrix; null or empty lists mean all. The competitors in view also set C and the share of voice.")
public record BalanceFilter(
        @Id List<String> segmentIds,
        @Id List<String> channelIds,
        List<ChannelType> channelTypes,
        @Id List<String> competitorIds) {

    static final BalanceFilter NONE = new BalanceFilter(null, null, null, null);

    /** The filter with parsed ids; an unreadable id is reported on its field. */
    View view() {
        return new View(
                ids("filter.segmentIds", segmentIds),
                ids("filter.channelIds", channelIds),
                channelTypes == null ? Set.of() : Set.copyOf(channelTypes),
                ids("filter.competitorIds", competitorIds));
    }

    private static Set<UUID> ids(String field, List<String> ids) {
        return ids == null
                ? Set.of()
                : ids.stream().map(id -> Ids.parse(field, id)).collect(Collectors.toSet());
    }

    record View(Set<UUID> segments, Set<UUID> channels, Set<ChannelType> channelTypes, Set<UUID> competitors) {

        static final View ALL = NONE.view();

        boolean keepsSegment(UUID id) {
            return segments.isEmpty() || segments.contains(id);
        }

        boolean keepsChannel(BalanceInputs.ChannelAxis channel) {
            return (channels.isEmpty() || channels.contains(channel.id()))
                    && (channelTypes.isEmpty() || channelTypes.contains(channel.type()));
        }

        boolean keepsCompetitor(UUID id) {
            return competitors.isEmpty() || competitors.contains(id);
        }
    }
}
