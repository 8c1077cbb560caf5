package app.resonance.timeline;

import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.timeline.TimelineConnection.TimelineEdge;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The timeline as other features use it. A writer records entries on the connection of its own
 * transaction ({@code WorkspaceTransactions.Writer#connection()}), so they commit with its change or not
 * at all; a whole batch (the invitations of a campaign) is one statement. Readers get pages of entries of
 * records they have already let the caller see.
 */
@ApplicationScoped
public class Timeline {

    private final TimelineRepository entries;

    Timeline(TimelineRepository entries) {
        this.entries = entries;
    }

    public Uni<Void> record(SqlClient transaction, List<TimelineEntry> batch) {
        return entries.insert(transaction, batch);
    }

    public Uni<Void> record(SqlClient transaction, TimelineEntry entry) {
        return record(transaction, List.of(entry));
    }

    /**
     * A page of each subject's timeline, newest first, read in one statement for all of them (for batched
     * GraphQL fields); {@code after} applies to each.
     */
    public Uni<Map<UUID, TimelineConnection>> pages(
            TimelineSubject subject, Collection<UUID> subjectIds, Integer first, String after) {
        int size = PageSize.of(first);
        Cursor cursor = Cursor.decode(after);
        return entries.pages(subject, subjectIds, cursor, size + 1)
                .map(bySubject -> subjectIds.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> {
                    Page<TimelineEdge> page =
                            Page.of(bySubject.getOrDefault(id, List.of()), size, edge -> edge, TimelineEdge::cursor);
                    return new TimelineConnection(page.edges(), page.pageInfo());
                })));
    }
}
