-- A version per workspace that every change of the daily sums increments, so that an instance may
-- keep the sums of a window in memory and know, with one tiny read, when they are stale. Concurrent
-- writers of one workspace queue on its version row until they commit.
-- (balance_apply as in V4, plus the version.)
create table balance_version (
    workspace_id uuid primary key references workspace (id) on delete cascade,
    version      bigint not null
);

create or replace function balance_apply(deltas balance_delta[], single_publication uuid) returns void
    language plpgsql as $$
declare
    lowest integer;
begin
    -- First, so that writers of one workspace queue here before they lock any daily sums (no deadlocks).
    insert into balance_version as v (workspace_id, version)
    select distinct d.workspace_id, 1 from unnest(deltas) d
    where exists (select from workspace w where w.id = d.workspace_id)
    on conflict (workspace_id) do update set version = v.version + 1;
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
