-- Repeatable: the one definition of balance_track_assessments; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- Assessments arriving, leaving or changing: ±1 publication, ±a(p, s), ±a(p, s) × m(p, s) in the
-- publication's day, channel and brand (statement-level, so an import costs one call per batch).
create or replace function balance_track_assessments() returns trigger
    language plpgsql as $$
declare
    arrived assessment[] := '{}';
    departed assessment[] := '{}';
    deltas balance_delta[];
    touched uuid[];
begin
    -- A transition table exists only for the events that have it.
    if tg_op in ('INSERT', 'UPDATE') then arrived := array(select a from new_rows a); end if;
    if tg_op in ('DELETE', 'UPDATE') then departed := array(select a from old_rows a); end if;
    with change as (
        select a.*, 1 as sign from unnest(arrived) a
        union all
        select a.*, -1 from unnest(departed) a)
    select array_agg(row(c.workspace_id, balance_day_of(p.published_at), c.segment_id, p.channel_id, p.brand_id,
                         c.sign, c.sign * c.impact, c.sign * c.impact * balance_tone(c.sentiment))::balance_delta),
           array_agg(distinct c.publication_id)
    into deltas, touched
    from change c join publication p on p.id = c.publication_id;
    if deltas is not null then
        perform balance_apply(deltas, balance_single(touched));
    end if;
    return null;
end $$;
