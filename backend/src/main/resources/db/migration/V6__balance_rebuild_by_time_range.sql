-- balance_rebuild as in V5, reading only the publications between the first and the last of the
-- given days: an import rebuilds its days a few at a time (to show progress), and without the range
-- every call would read all of the workspace's publications (publication_by_time serves the range).
create or replace function balance_rebuild(target_workspace uuid, days date[]) returns void
    language plpgsql as $$
declare
    first_day date := (select min(day) from unnest(days) day);
    last_day date := (select max(day) from unnest(days) day);
begin
    perform balance_bump_version(target_workspace);
    delete from balance_day where workspace_id = target_workspace and day = any(days);
    insert into balance_day (workspace_id, day, segment_id, channel_id, brand_id, publications, impact, tone)
    select a.workspace_id, balance_day_of(p.published_at), a.segment_id, p.channel_id, p.brand_id,
           count(*), sum(a.impact), sum(a.impact * balance_tone(a.sentiment))
    from publication p
    join assessment a on a.publication_id = p.id
    join unnest(days) as d(day) on d.day = balance_day_of(p.published_at)
    where p.workspace_id = target_workspace
      and p.published_at >= first_day::timestamp at time zone 'UTC'
      and p.published_at < (last_day + 1)::timestamp at time zone 'UTC'
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;
    perform balance_mark_dirty(target_workspace, array[null::uuid], array[null::uuid], null);
end $$;
