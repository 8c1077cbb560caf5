-- The media balance (docs/media-balance.md): daily sums per segment × channel × brand, kept up to
-- date by triggers in the same transaction as every publication or assessment write, so that no
-- read ever aggregates the publications themselves; cells whose urgency may have changed are
-- queued for the alert evaluator, which stores alerts and announces them with NOTIFY.
-- Imports set resonance.balance_deferred for their transaction (the triggers on publications and
-- assessments then stand still: per statement they would cost more than the import itself) and
-- rebuild the sums of the days they touched once, at the end, with balance_rebuild.

-- Urgency thresholds and the rolling alert window; a workspace without a row uses the defaults.
create table balance_settings (
    workspace_id      uuid primary key references workspace (id) on delete cascade,
    immediate_gap     double precision not null,
    moderate_gap      double precision not null,
    alert_window_days integer          not null check (alert_window_days between 1 and 366),
    check (moderate_gap > 0 and immediate_gap >= moderate_gap)
);

-- One row per UTC day, segment, channel and brand that has assessed publications. Without w(s, c),
-- which is applied on read, so that changing a weight rewrites nothing here.
create table balance_day (
    workspace_id uuid             not null references workspace (id) on delete cascade,
    day          date             not null,
    segment_id   uuid             not null,
    channel_id   uuid             not null,
    brand_id     uuid             not null,
    publications integer          not null, -- > 0; checked by balance_apply (a CHECK would also test the row an upsert merely proposes)
    impact       double precision not null, -- Σ a(p, s)
    tone         double precision not null, -- Σ a(p, s) × m(p, s)
    primary key (workspace_id, day, segment_id, channel_id, brand_id)
);
create index balance_day_by_cell on balance_day (workspace_id, segment_id, channel_id, day);

-- Cells to re-evaluate for alerts. A null segment or channel means all of them; the publication is
-- the one write that touched the cell, null when several did.
create table balance_dirty (
    workspace_id   uuid not null references workspace (id) on delete cascade,
    segment_id     uuid,
    channel_id     uuid,
    publication_id uuid,
    unique nulls not distinct (workspace_id, segment_id, channel_id)
);

-- The urgency each cell had at its last evaluation over the alert window (missing = NONE).
create table balance_cell_state (
    workspace_id uuid             not null,
    segment_id   uuid             not null,
    channel_id   uuid             not null,
    urgency      text             not null check (urgency in ('IMMEDIATE', 'MODERATE', 'SECONDARY')),
    gap          double precision not null,
    primary key (workspace_id, segment_id, channel_id),
    foreign key (workspace_id, segment_id) references segment (workspace_id, id) on delete cascade,
    foreign key (workspace_id, channel_id) references channel (workspace_id, id) on delete cascade
);

create table alert (
    id              bigint generated always as identity primary key,
    workspace_id    uuid             not null references workspace (id) on delete cascade,
    segment_id      uuid             not null,
    channel_id      uuid             not null,
    old_urgency     text             not null check (old_urgency in ('IMMEDIATE', 'MODERATE', 'SECONDARY', 'NONE')),
    new_urgency     text             not null check (new_urgency in ('IMMEDIATE', 'MODERATE', 'SECONDARY', 'NONE')),
    gap             double precision not null,
    publication_id  uuid,
    raised_at       timestamptz      not null,
    state           text             not null default 'OPEN' check (state in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    assignee        text,
    acknowledged_by text,
    acknowledged_at timestamptz,
    resolved_by     text,
    resolved_at     timestamptz,
    resolution      text check (length(resolution) between 1 and 2000),
    check (old_urgency <> new_urgency),
    check ((state = 'RESOLVED') = (resolved_at is not null and resolution is not null)),
    foreign key (workspace_id, segment_id) references segment (workspace_id, id) on delete cascade,
    foreign key (workspace_id, channel_id) references channel (workspace_id, id) on delete cascade,
    foreign key (workspace_id, publication_id) references publication (workspace_id, id) on delete set null (publication_id)
);
create index alert_by_workspace on alert (workspace_id, id desc);
create index alert_by_publication on alert (publication_id) where publication_id is not null;

-- A publication's assessments must be deleted before it (the app does so): deleting them fires the
-- balance triggers while the publication still says where and when it appeared.
alter table assessment
    drop constraint assessment_workspace_id_publication_id_fkey,
    add constraint assessment_workspace_id_publication_id_fkey
        foreign key (workspace_id, publication_id) references publication (workspace_id, id);

create function balance_day_of(published_at timestamptz) returns date
    language sql immutable parallel safe
    return (published_at at time zone 'UTC')::date;

-- m(p, s) of the model.
create function balance_tone(sentiment text) returns double precision
    language sql immutable parallel safe
    return case sentiment when 'POSITIVE' then 1.0 when 'NEUTRAL' then 0.5 else -1.0 end;

create type balance_delta as (
    workspace_id uuid, day date, segment_id uuid, channel_id uuid, brand_id uuid,
    publications integer, impact double precision, tone double precision);

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

create function balance_deferred() returns boolean
    language sql stable
    return coalesce(current_setting('resonance.balance_deferred', true), '') = 'on';

-- Queues cells (segments[i], channels[i]) of one workspace for the alert evaluator and wakes it up.
create function balance_mark_dirty(target_workspace uuid, segments uuid[], channels uuid[], single_publication uuid)
    returns void language sql as $$
    insert into balance_dirty (workspace_id, segment_id, channel_id, publication_id)
    select distinct target_workspace, cell.segment_id, cell.channel_id, single_publication
    from unnest(segments, channels) as cell(segment_id, channel_id)
    where exists (select from workspace w where w.id = target_workspace) -- nothing to do for a workspace being deleted
    on conflict (workspace_id, segment_id, channel_id) do update
        set publication_id = case when balance_dirty.publication_id = excluded.publication_id then excluded.publication_id end;
    select pg_notify('balance_dirty', target_workspace::text);
$$;

-- Adds signed deltas to the daily sums, drops sums that fell to no publications and queues the
-- touched cells; `single_publication` is the single publication behind the change, if there is one.
create function balance_apply(deltas balance_delta[], single_publication uuid) returns void
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

-- The single publication behind a set of rows, or null.
create function balance_single(publications uuid[]) returns uuid
    language sql immutable
    return case when cardinality(publications) = 1 then publications[1] end;

-- Assessments arriving, leaving or changing: ±1 publication, ±a(p, s), ±a(p, s) × m(p, s) in the
-- publication's day, channel and brand (statement-level, so an import costs one call per batch).
create function balance_track_assessments() returns trigger
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

create trigger balance_on_assessment_insert after insert on assessment
    referencing new table as new_rows for each statement
    when (not balance_deferred()) execute function balance_track_assessments();
create trigger balance_on_assessment_update after update on assessment
    referencing old table as old_rows new table as new_rows for each statement
    when (not balance_deferred()) execute function balance_track_assessments();
create trigger balance_on_assessment_delete after delete on assessment
    referencing old table as old_rows for each statement
    when (not balance_deferred()) execute function balance_track_assessments();

-- A publication moving to another day, channel or brand takes its assessments' sums along.
create function balance_track_publications() returns trigger
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

create trigger balance_on_publication_update after update on publication
    referencing old table as old_rows new table as new_rows for each statement
    when (not balance_deferred()) execute function balance_track_publications();

-- Inputs of the gap other than publications: w(s, c), r(s) and the workspace's thresholds/window.
create function balance_track_inputs() returns trigger
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

create trigger balance_on_weight after insert or update or delete on channel_weight
    for each row execute function balance_track_inputs();
create trigger balance_on_reaction_weight after update of reaction_weight on segment
    for each row when (old.reaction_weight is distinct from new.reaction_weight) execute function balance_track_inputs();
create trigger balance_on_settings after insert or update on balance_settings
    for each row execute function balance_track_inputs();

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

-- Recomputes the workspace's sums of these UTC days from its assessments and queues every cell for the
-- alert evaluator. The version comes first: from then on no other writer touches this workspace's sums
-- until the caller commits.
create function balance_rebuild(target_workspace uuid, days date[]) returns void
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
    group by 1, 2, 3, 4, 5;
    perform balance_mark_dirty(target_workspace, array[null::uuid], array[null::uuid], null);
end $$;

-- The sums of everything stored so far, and a first evaluation of every workspace (which raises
-- the alerts of the cells that are urgent already).
select balance_rebuild(w.id, array(select distinct balance_day_of(p.published_at) from publication p
                                   where p.workspace_id = w.id))
from workspace w;
