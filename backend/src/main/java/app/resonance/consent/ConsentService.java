package app.resonance.consent;

import app.resonance.common.paging.PageSize;
import app.resonance.common.time.DatabaseTime;
import app.resonance.timeline.Timeline;
import app.resonance.timeline.TimelineEntry;
import app.resonance.timeline.TimelineKind;
import app.resonance.workspace.WorkspaceTransactions.Writer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final Timeline timeline;
    private final Clock clock;

    ConsentService(ConsentRepository consents, Timeline timeline, Clock clock) {
        this.consents = consents;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Sets the channel's consent of the contacts in the writer's transaction, each with a line of its history and
     * a timeline entry; contacts that have the state already are left as they are. The caller holds the contacts'
     * row locks, so two changes of one contact take turns. Answers how many changed.
     */
    public Uni<Integer> set(
            Writer writer, Collection<UUID> contactIds, ConsentChannel channel, ConsentState state, String source) {
        ConsentChangeView change =
                new ConsentChangeView(channel, state, source.strip(), DatabaseTime.now(clock), writer.username());
        return consents.change(writer.connection(), writer.workspaceId(), contactIds, change)
                .call(changed -> changed.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : timeline.record(
                                writer.connection(),
                                changed.stream()
                                        .map(contact -> TimelineEntry.ofContact(
                                                writer.workspaceId(),
                                                contact.contactId(),
                                                change.changedAt(),
                                                TimelineKind.CONSENT_CHANGED,
                                                writer.username(),
                                                Map.of(
                                                        "channel", channel.name(),
                                                        "from", contact.before().name(),
                                                        "to", state.name(),
                                                        "source", change.source())))
                                        .toList()))
                .map(List::size);
    }

    /** Each contact's consent on every channel, in the channels' order (UNKNOWN where none is stored). */
    public Uni<Map<UUID, List<ConsentView>>> current(Collection<UUID> contactIds) {
        return consents.current(contactIds)
                .map(stored -> contactIds.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> {
                    Map<ConsentChannel, ConsentView> byChannel = stored.getOrDefault(id, List.of()).stream()
                            .collect(Collectors.toMap(ConsentView::channel, Function.identity()));
                    return Arrays.stream(ConsentChannel.values())
                            .map(channel -> byChannel.getOrDefault(channel, ConsentView.unknown(channel)))
                            .toList();
                })));
    }

    /** Each contact's last changes, newest first: {@code first} ≤ 500, default 50. */
    public Uni<Map<UUID, List<ConsentChangeView>>> history(Collection<UUID> contactIds, Integer first) {
        return consents.history(contactIds, PageSize.of(first));
    }
}
