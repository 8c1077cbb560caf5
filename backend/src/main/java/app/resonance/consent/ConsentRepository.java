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

    /** The contact's state on the channel, in the caller's transaction (UNKNOWN without a row). */
    Uni<ConsentState> current(SqlClient transaction, UUID contactId, ConsentChannel channel) {
        return transaction
                .preparedQuery("select state from consent where contact_id = $1 and channel = $2")
                .execute(Tuple.of(contactId, channel.name()))
                .map(rows -> rows.size() == 0
                        ? ConsentState.UNKNOWN
                        : ConsentState.valueOf(rows.iterator().next().getString("state")));
    }

    /** Stores the change as the current state (none for UNKNOWN) and as a line of the history. */
    Uni<Void> change(SqlClient transaction, UUID workspaceId, UUID contactId, ConsentChangeView change) {
        Tuple values = Tuple.from(new Object[] {
            workspaceId,
            contactId,
            change.channel().name(),
            change.state().name(),
            change.source(),
            change.changedAt(),
            change.changedBy()
        });
        Uni<?> current = change.state() == ConsentState.UNKNOWN
                ? transaction
                        .preparedQuery(
                                "delete from consent where contact_id = $2 and channel = $3 and workspace_id = $1")
                        .execute(Tuple.of(
                                workspaceId, contactId, change.channel().name()))
                : transaction
                        .preparedQuery(
                                "insert into consent (workspace_id, contact_id, channel, state, source, changed_at,"
                                        + " changed_by) values ($1, $2, $3, $4, $5, $6, $7) on conflict (contact_id, channel) do"
                                        + " update set state = excluded.state, source = excluded.source,"
                                        + " changed_at = excluded.changed_at, changed_by = excluded.changed_by")
                        .execute(values);
        return current.chain(() -> transaction
                        .preparedQuery("insert into consent_history (workspace_id, contact_id, channel, state, source,"
                                + " changed_at, changed_by) values ($1, $2, $3, $4, $5, $6, $7)")
                        .execute(values))
                .replaceWithVoid();
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
