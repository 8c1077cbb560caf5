-- Repeatable: the one definition of balance_track_publications; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- A publication moving to another day, channel or brand takes its assessments' sums along.
create or replace function balance_track_publications() returns trigger
    language plpgsql as $$
declare
    deltas balance_delta[];
    touched uuid[];
begin
    with moved as (
        select o.workspace_id, o.id, -1 as sign, o.published_at, o.channel_id, o.brand_id
        from old_rows o join new_rows n on n.id = o.id
        where (balance_day_of(o.published_at), o.channel_id, o.brand_id)
                  is distinct from (balance_day_of(n.published_at), n.channel_id, n.brand_id)
        union all
        select n.workspace_id, n.id, 1, n.published_at, n.channel_id, n.brand_id
        from old_rows o join new_rows n on n.id = o.id
        where (balance_day_of(o.published_at), o.channel_id, o.brand_id)
                  is distinct from (balance_day_of(n.published_at), n.channel_id, n.brand_id))
    select array_agg(row(m.workspace_id, balance_day_of(m.published_at), a.segment_id, m.channel_id, m.brand_id,
                         m.sign, m.sign * a.impact, m.sign * a.impact * balance_tone(a.sentiment))::balance_delta),
           array_agg(distinct m.id)
    into deltas, touched
    from moved m join assessment a on a.publication_id = m.id;
    if deltas is not null then
        perform balance_apply(deltas, balance_single(touched));
    end if;
    return null;
end $$;
