package app.resonance.contact;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What a merge moves from one contact to the one that stays, on the merge's transaction. These are other
 * features' tables (purchases, equipment, consent, timeline, analytic values, target group inclusions): a
 * merge is the one write that re-points all of them at once, and doing it here, in set-based statements
 * in the merge's transaction, keeps it one unit; those features have no operation that moves a row
 * between contacts. Parameters of every statement: workspace, survivor, merged contact.
 */
@ApplicationScoped
public class ContactMergeRepository {

    private static final List<String> MOVES = List.of(
            "update purchase set contact_id = $2 where workspace_id = $1 and contact_id = $3",
            "update equipment set contact_id = $2 where workspace_id = $1 and contact_id = $3",
            "update timeline_entry set contact_id = $2 where workspace_id = $1 and contact_id = $3",
            // Per channel the most recent change wins: a current consent, or a clearing (UNKNOWN in the history),
            // of either contact; on a tie the survivor's. Runs before the histories are joined below.
            "with changes as ("
                    + " select channel, state, source, changed_at, changed_by, contact_id = $2 as kept from consent"
                    + " where workspace_id = $1 and contact_id in ($2, $3)"
                    + " union all select channel, state, source, changed_at, changed_by, contact_id = $2"
                    + " from consent_history where workspace_id = $1 and contact_id in ($2, $3) and state = 'UNKNOWN'"
                    + "), latest as ("
                    + " select distinct on (channel) * from changes order by channel, changed_at desc, kept desc"
                    + "), cleared as ("
                    + " delete from consent k using latest l"
                    + " where k.contact_id = $2 and k.channel = l.channel and l.state = 'UNKNOWN')"
                    + " insert into consent (workspace_id, contact_id, channel, state, source, changed_at, changed_by)"
                    + " select $1, $2, channel, state, source, changed_at, changed_by from latest where state <> 'UNKNOWN'"
                    + " on conflict (contact_id, channel) do update set state = excluded.state,"
                    + " source = excluded.source, changed_at = excluded.changed_at, changed_by = excluded.changed_by",
            "update consent_history set contact_id = $2 where workspace_id = $1 and contact_id = $3",
            // The survivor's value wins; the merged contact's fills the analytics the survivor has none of.
            "update analytic_value v set contact_id = $2 where v.workspace_id = $1 and v.contact_id = $3"
                    + " and not exists (select 1 from analytic_value s where s.contact_id = $2"
                    + " and s.analytic_id = v.analytic_id)",
            // Inclusions and exclusions of both; where both have one for a group, the survivor's.
            "update target_group_manual m set contact_id = $2 where m.workspace_id = $1 and m.contact_id = $3"
                    + " and not exists (select 1 from target_group_manual s where s.contact_id = $2"
                    + " and s.target_group_id = m.target_group_id)");

    /** Locks both contacts in id order (two merges of the same pair wait rather than deadlock); answers those found. */
    Uni<List<UUID>> lock(SqlClient tx, UUID workspaceId, UUID one, UUID other) {
        return tx.preparedQuery(
                        "select id from contact where workspace_id = $1 and id in ($2, $3) order by id for update")
                .execute(Tuple.of(workspaceId, one, other))
                .map(rows -> rows.stream().map(row -> row.getUUID("id")).toList());
    }

    /** Moves everything of {@code merged} that the survivor keeps; what stays behind goes with the merged contact. */
    Uni<Void> move(SqlClient tx, UUID workspaceId, UUID survivor, UUID merged) {
        Tuple params = Tuple.of(workspaceId, survivor, merged);
        return Multi.createFrom()
                .iterable(MOVES)
                .onItem()
                .transformToUniAndConcatenate(
                        statement -> tx.preparedQuery(statement).execute(params))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
