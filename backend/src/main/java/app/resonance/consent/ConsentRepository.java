package app.resonance.consent;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
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
public class ConsentRepository {

    private final Pool pool;

    ConsentRepository(Pool pool) {
        this.pool = pool;
    }

    /** A contact whose consent a change changed, and the state it had before. */
    record Changed(UUID contactId, ConsentState before) {}

    /**
     * Stores the change for each of the contacts that does not have its state yet, in the caller's transaction:
     * as the current state (none for UNKNOWN) and as a line of the history. Answers those contacts.
     */
    Uni<List<Changed>> change(
            SqlClient transaction, UUID workspaceId, Collection<UUID> contactIds, ConsentChangeView change) {
        // One statement: every part reads the consents as they were before it.
        return transaction
                .preparedQuery("with changed as (select s.contact_id, coalesce(k.state, 'UNKNOWN') as before"
                        + " from unnest($2::uuid[]) as s(contact_id) left join consent k"
                        + " on k.contact_id = s.contact_id and k.channel = $3"
                        + " where coalesce(k.state, 'UNKNOWN') <> $4::text),"
                        + " removed as (delete from consent k using changed where $4::text = 'UNKNOWN'"
                        + " and k.contact_id = changed.contact_id and k.channel = $3),"
                        + " stored as (insert into consent (workspace_id, contact_id, channel, state, source,"
                        + " changed_at, changed_by) select $1, contact_id, $3, $4, $5, $6, $7 from changed"
                        + " where $4::text <> 'UNKNOWN' on conflict (contact_id, channel) do update set"
                        + " state = excluded.state, source = excluded.source, changed_at = excluded.changed_at,"
                        + " changed_by = excluded.changed_by),"
                        + " history as (insert into consent_history (workspace_id, contact_id, channel, state, source,"
                        + " changed_at, changed_by) select $1, contact_id, $3, $4, $5, $6, $7 from changed)"
                        + " select contact_id, before from changed")
                .execute(Tuple.from(new Object[] {
                    workspaceId,
                    contactIds.toArray(UUID[]::new),
                    change.channel().name(),
                    change.state().name(),
                    change.source(),
                    change.changedAt(),
                    change.changedBy()
                }))
                .map(rows -> {
                    List<Changed> changed = new ArrayList<>();
                    rows.forEach(row -> changed.add(
                            new Changed(row.getUUID("contact_id"), ConsentState.valueOf(row.getString("before")))));
                    return changed;
                });
    }

    /** The stored consents of these contacts, by contact. */
    Uni<Map<UUID, List<ConsentView>>> current(Collection<UUID> contactIds) {
        return pool.preparedQuery("select contact_id, channel, state, source, changed_at, changed_by from consent"
                        + " where contact_id = any($1)")
                .execute(Tuple.of(contactIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<ConsentView>> byContact = new HashMap<>();
                    rows.forEach(row -> byContact
                            .computeIfAbsent(row.getUUID("contact_id"), id -> new ArrayList<>())
                            .add(new ConsentView(
                                    ConsentChannel.valueOf(row.getString("channel")),
                                    ConsentState.valueOf(row.getString("state")),
                                    row.getString("source"),
                                    utc(row),
                                    row.getString("changed_by"))));
                    return byContact;
                });
    }

    /** The last {@code limit} changes of each contact, newest first, in one statement. */
    Uni<Map<UUID, List<ConsentChangeView>>> history(Collection<UUID> contactIds, int limit) {
        return pool.preparedQuery("select s.contact_id, h.* from unnest($1::uuid[]) as s(contact_id) cross join lateral"
                        + " (select channel, state, source, changed_at, changed_by from consent_history"
                        + " where contact_id = s.contact_id order by changed_at desc, id desc limit $2) h")
                .execute(Tuple.of(contactIds.toArray(UUID[]::new), limit))
                .map(rows -> {
                    Map<UUID, List<ConsentChangeView>> byContact = new HashMap<>();
                    rows.forEach(row -> byContact
                            .computeIfAbsent(row.getUUID("contact_id"), id -> new ArrayList<>())
                            .add(new ConsentChangeView(
                                    ConsentChannel.valueOf(row.getString("channel")),
                                    ConsentState.valueOf(row.getString("state")),
                                    row.getString("source"),
                                    utc(row),
                                    row.getString("changed_by"))));
                    return byContact;
                });
    }

    private static OffsetDateTime utc(Row row) {
        return row.getOffsetDateTime("changed_at").withOffsetSameInstant(ZoneOffset.UTC);
    }
}
