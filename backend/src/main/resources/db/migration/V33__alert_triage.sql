-- Triage that respects attention (issue 16).
-- The smallest gap worth an alert: SECONDARY needs g >= secondary_gap (and g > 0). The default, 0.25, is a
-- quarter of the default moderate threshold (backend/README.md, "Alerts" says why).
-- auto_resolve_recovered: an alert whose cell falls back to NONE on its own is closed by the app.
alter table balance_settings
    add column secondary_gap          double precision not null default 0.25,
    add column auto_resolve_recovered boolean          not null default true,
    add constraint balance_settings_secondary_gap_check check (secondary_gap >= 0 and secondary_gap <= moderate_gap);

-- Closed because its cell recovered (urgency NONE) with auto_resolve_recovered on, not by a person.
alter table alert
    add column auto_resolved boolean not null default false,
    add constraint alert_auto_resolved_check check (not auto_resolved or (state = 'RESOLVED' and resolved_by is null));

-- The alerts still asking for a decision, per cell: what a recovery closes.
create index alert_unresolved_by_cell on alert (workspace_id, segment_id, channel_id) where state <> 'RESOLVED';

-- The severity order of the Alerts page: most urgent first, then newest.
create index alert_by_severity on alert (workspace_id,
    (case new_urgency when 'IMMEDIATE' then 3 when 'MODERATE' then 2 when 'SECONDARY' then 1 else 0 end) desc, id desc);

-- Cells whose gap is below the new default are NONE now: evaluate every workspace's cells again (the
-- evaluator's periodic sweep picks the queue up), which raises their SECONDARY -> NONE alerts.
insert into balance_dirty (workspace_id)
select id from workspace
on conflict (workspace_id, segment_id, channel_id) do nothing;
