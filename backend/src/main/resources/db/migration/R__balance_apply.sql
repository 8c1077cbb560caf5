-- Repeatable: the one definition of balance_apply; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- Adds signed deltas to the daily sums, drops sums that fell to no publications and queues the
-- touched cells; `single_publication` is the single publication behind the change, if there is one.
create or replace function balance_apply(deltas balance_delta[], single_publication uuid) returns void
    language plpgsql as $$
declare
    lowest integer;
begin
    -- First, so that writers of one workspace queue here before they lock any daily sums (no deadlocks).
    perform balance_bump_version(touched.workspace_id) from (select distinct workspace_id from unnest(deltas)) touched;
    insert into balance_day as b (workspace_id, day, segment_id, channel_id, brand_id, publications, impact, tone)
    select d.workspace_id, d.day, d.segment_id, d.channel_id, d.brand_id, sum(d.publications), sum(d.impact), sum(d.tone)
    from unnest(deltas) d
    where exists (select from workspace w where w.id = d.workspace_id)
    group by d.workspace_id, d.day, d.segment_id, d.channel_id, d.brand_id
    on conflict (workspace_id, day, segment_id, channel_id, brand_id) do update
        set publications = b.publications + excluded.publications,
            impact = b.impact + excluded.impact,
            tone = b.tone + excluded.tone;
    with emptied as (
        delete from balance_day b
        using (select distinct d.workspace_id, d.day, d.segment_id, d.channel_id, d.brand_id
               from unnest(deltas) d where d.publications < 0) left_cell
        where (b.workspace_id, b.day, b.segment_id, b.channel_id, b.brand_id)
                  = (left_cell.workspace_id, left_cell.day, left_cell.segment_id, left_cell.channel_id, left_cell.brand_id)
          and b.publications <= 0
        returning b.publications)
    select min(publications) into lowest from emptied;
    if lowest < 0 then
        raise exception 'balance_day fell below zero publications: a write bypassed the balance triggers';
    end if;
    perform balance_mark_dirty(cells.workspace_id, cells.segments, cells.channels, single_publication)
    from (select d.workspace_id, array_agg(d.segment_id) segments, array_agg(d.channel_id) channels
          from (select distinct workspace_id, segment_id, channel_id from unnest(deltas)) d
          group by d.workspace_id) cells;
end $$;
