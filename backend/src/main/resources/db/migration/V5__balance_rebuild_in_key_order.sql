-- balance_rebuild as in V4, with the new sums inserted in primary-key order: an import's rebuild writes
-- millions of rows, and in key order the primary key grows at its end instead of at random places
-- (about a third less time for 1M publications).
create or replace function balance_rebuild(target_workspace uuid, days date[]) returns void
    language plpgsql as $$
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
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;
    perform balance_mark_dirty(target_workspace, array[null::uuid], array[null::uuid], null);
end $$;
