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
     * Sets the contact's consent on the channel in the writer's transaction, with a line of its history and a
     * timeline entry; the same state again changes nothing. The caller holds the contact's row lock, so two
     * changes of one contact take turns. Answers whether anything changed.
     */
    public Uni<Boolean> set(Writer writer, UUID contactId, ConsentChannel channel, ConsentState state, String source) {
        return consents.current(writer.connection(), contactId, channel).chain(before -> {
            if (before == state) {
                return Uni.createFrom().item(false);
            }
            ConsentChangeView change =
                    new ConsentChangeView(channel, state, source.strip(), DatabaseTime.now(clock), writer.username());
            return consents.change(writer.connection(), writer.workspaceId(), contactId, change)
                    .chain(() -> timeline.record(
                            writer.connection(),
                            TimelineEntry.ofContact(
                                    writer.workspaceId(),
                                    contactId,
                                    change.changedAt(),
                                    TimelineKind.CONSENT_CHANGED,
                                    writer.username(),
                                    Map.of(
                                            "channel", channel.name(),
                                            "from", before.name(),
                                            "to", state.name(),
                                            "source", change.source()))))
                    .replaceWith(true);
        });
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
