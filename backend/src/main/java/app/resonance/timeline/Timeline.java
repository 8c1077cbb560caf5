package app.resonance.timeline;

import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Page;
import app.resonance.common.paging.PageSize;
import app.resonance.timeline.TimelineConnection.TimelineEdge;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
     * Records what an import did to its subjects, in one statement on the import's own JDBC transaction
     * (it stages its rows with COPY, which the reactive client lacks): {@code importedRows} is a query
     * answering {@code (entry_id uuid, subject_id uuid, changed text[])} per created (changed null) or
     * updated subject, changed naming the fields as the API does. Blocks.
     */
    public int recordImported(
            Connection transaction,
            TimelineSubject subject,
            UUID workspaceId,
            OffsetDateTime at,
            String actor,
            String importedRows)
            throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("insert into timeline_entry (id, workspace_id, "
                + subject.column + ", at, kind, actor, details) select r.entry_id, ?, r.subject_id, ?,"
                + " case when r.changed is null then '" + TimelineKind.CREATED + "' else '" + TimelineKind.UPDATED
                + "' end, ?, case when r.changed is null then '{}'::jsonb"
                + " else jsonb_build_object('fields', to_jsonb(r.changed)) end from (" + importedRows + ") r")) {
            insert.setObject(1, workspaceId);
            insert.setObject(2, at);
            insert.setString(3, actor);
            return insert.executeUpdate();
        }
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
