package app.resonance.timeline;

import app.resonance.common.paging.Cursor;
import app.resonance.common.paging.Keyset;
import app.resonance.timeline.TimelineConnection.TimelineEdge;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TimelineRepository {

    private static final String INSERT = "insert into timeline_entry (" + TimelineEntry.TABLE.list() + ") select "
            + TimelineEntry.TABLE.listAs("u").replace("u.details", "u.details::jsonb") + " from "
            + TimelineEntry.TABLE.unnest(1);

    /** Newest first, as the indexes timeline_entry_contact and timeline_entry_company keep them. */
    static final Keyset NEWEST_FIRST = Keyset.of(false, "id", Keyset.key("at", OffsetDateTime::parse));

    private final Pool pool;

    TimelineRepository(Pool pool) {
        this.pool = pool;
    }

    /** One statement for any number of entries, on the caller's transaction. */
    Uni<Void> insert(SqlClient transaction, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction
                .preparedQuery(INSERT)
                .execute(Tuple.from(TimelineEntry.TABLE.arrays(entries)))
                .replaceWithVoid();
    }

    /**
     * A page of each subject's entries (up to {@code limit} each) after the cursor, in one statement: a
     * lateral index scan per subject.
     */
    Uni<Map<UUID, List<TimelineEdge>>> pages(
            TimelineSubject subject, Collection<UUID> subjectIds, Cursor after, int limit) {
        Tuple params = Tuple.of(subjectIds.toArray(UUID[]::new));
        String keyset = NEWEST_FIRST.after(after, params);
        String sql = "select s.subject_id, t.* from unnest($1::uuid[]) as s(subject_id) cross join lateral"
                + " (select id, at, kind, actor, details" + NEWEST_FIRST.sortColumns()
                + " from timeline_entry where " + subject.column + " = s.subject_id" + keyset + " order by "
                + NEWEST_FIRST.orderBy() + " limit " + limit + ") t";
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            Map<UUID, List<TimelineEdge>> bySubject = new HashMap<>();
            rows.forEach(row -> {
                UUID id = row.getUUID("id");
                bySubject
                        .computeIfAbsent(row.getUUID("subject_id"), key -> new ArrayList<>())
                        .add(new TimelineEdge(
                                NEWEST_FIRST.cursor(row, id),
                                new TimelineEntryView(
                                        id,
                                        row.getOffsetDateTime("at").withOffsetSameInstant(ZoneOffset.UTC),
                                        row.getString("kind"),
                                        row.getString("actor"),
                                        row.getJsonObject("details").encode())));
            });
            return bySubject;
        });
    }
}
