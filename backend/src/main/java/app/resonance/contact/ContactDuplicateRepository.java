package app.resonance.contact;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Suspected duplicate pairs (the database function {@code contact_duplicates}) and the pairs dismissed. */
@ApplicationScoped
public class ContactDuplicateRepository {

    /** A pair (lower id first, in PostgreSQL's uuid order) with its reasons. */
    record Pair(UUID contactId, UUID otherId, List<DuplicateReason> reasons) {}

    /**
     * Parameters: workspace, the cursor's pair or nulls, the reason or null, the limit. The function finds every
     * pair of the workspace each time: at a million contacts that is seconds (see backend/README.md, Duplicates).
     */
    private static final String PAIRS = "select contact_id, other_id, array_agg(reason order by reason) as reasons"
            + " from contact_duplicates($1) where $2::uuid is null or (contact_id, other_id) > ($2::uuid, $3::uuid)"
            + " group by contact_id, other_id having $4::text is null or bool_or(reason = $4::text)"
            + " order by contact_id, other_id limit $5";

    private final Pool pool;

    ContactDuplicateRepository(Pool pool) {
        this.pool = pool;
    }

    Uni<List<Pair>> pairs(UUID workspaceId, UUID afterContact, UUID afterOther, DuplicateReason reason, int limit) {
        return pool.preparedQuery(PAIRS)
                .execute(Tuple.from(Arrays.asList(
                        workspaceId, afterContact, afterOther, reason == null ? null : reason.name(), limit)))
                .map(rows -> rows.stream()
                        .map(row -> new Pair(
                                row.getUUID("contact_id"),
                                row.getUUID("other_id"),
                                Arrays.stream(row.getArrayOfStrings("reasons"))
                                        .map(DuplicateReason::valueOf)
                                        .toList()))
                        .toList());
    }

    /** Marks the two contacts (of the workspace) as not duplicates; again is no change. */
    Uni<Void> dismiss(SqlClient tx, UUID workspaceId, UUID one, UUID other, OffsetDateTime at, String by) {
        return tx.preparedQuery("insert into contact_duplicate_dismissal"
                        + " (workspace_id, contact_id, other_id, dismissed_at, dismissed_by)"
                        + " values ($1, least($2::uuid, $3::uuid), greatest($2::uuid, $3::uuid), $4, $5)"
                        + " on conflict (contact_id, other_id) do nothing")
                .execute(Tuple.of(workspaceId, one, other, at, by))
                .replaceWithVoid();
    }
}
