-- Repeatable: the one definition of balance_mark_dirty; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- Queues cells (segments[i], channels[i]) of one workspace for the alert evaluator and wakes it up.
create or replace function balance_mark_dirty(target_workspace uuid, segments uuid[], channels uuid[], single_publication uuid)
    returns void language sql as $$
    insert into balance_dirty (workspace_id, segment_id, channel_id, publication_id)
    select distinct target_workspace, cell.segment_id, cell.channel_id, single_publication
    from unnest(segments, channels) as cell(segment_id, channel_id)
    where exists (select from workspace w where w.id = target_workspace) -- nothing to do for a workspace being deleted
    on conflict (workspace_id, segment_id, channel_id) do update
        set publication_id = case when balance_dirty.publication_id = excluded.publication_id then excluded.publication_id end;
    select pg_notify('balance_dirty', target_workspace::text);
$$;
