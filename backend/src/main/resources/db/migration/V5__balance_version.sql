-- A version per workspace that every change of the balance's inputs increments — the daily sums,
-- weights, reaction weights, thresholds, and which segments, channels and brands exist — so that an
-- instance may keep a window's inputs in memory and know, with one tiny read, when they are stale.
-- Concurrent writers of one workspace queue on its version row until they commit.
create table balance_version (
    workspace_id uuid primary key references workspace (id) on delete cascade,
    version      bigint not null
);

create function balance_bump_version(target_workspace uuid) returns void
    language sql as $$
    insert into balance_version as v (workspace_id, version)
    select target_workspace, 1
    where exists (select from workspace w where w.id = target_workspace) -- not for a workspace being deleted
    on conflict (workspace_id) do update set version = v.version + 1;
$$;

-- balance_apply as in V4, bumping the version first.

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

-- balance_track_inputs as in V4, bumping the version too.
create or replace function balance_track_inputs() returns trigger
    language plpgsql as $$
declare
    changed record;
begin
    if tg_op = 'DELETE' then changed := old; else changed := new; end if;
    perform balance_bump_version(changed.workspace_id);
    case tg_table_name
        when 'channel_weight' then
            perform balance_mark_dirty(changed.workspace_id, array[changed.segment_id], array[changed.channel_id], null);
        when 'segment' then
            perform balance_mark_dirty(changed.workspace_id, array[changed.id], array[null::uuid], null);
        else
            perform balance_mark_dirty(changed.workspace_id, array[null::uuid], array[null::uuid], null);
    end case;
    return null;
end $$;

-- Rows and columns of the matrix, and who is the client: segments, channels and brands that come, go
-- or change what the balance reads of them.
create function balance_track_shape() returns trigger
    language plpgsql as $$
begin
    perform balance_bump_version(case when tg_op = 'DELETE' then old.workspace_id else new.workspace_id end);
    return null;
end $$;

create trigger balance_shape_on_segment after insert or delete on segment
    for each row execute function balance_track_shape();
create trigger balance_shape_on_channel after insert or delete or update of type on channel
    for each row execute function balance_track_shape();
create trigger balance_shape_on_brand after insert or delete or update of kind on brand
    for each row execute function balance_track_shape();
