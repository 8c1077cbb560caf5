-- Imports: keeping the daily sums per statement costs an import of a million publications more than
-- the import itself. An import sets resonance.balance_deferred for its transaction (the triggers on
-- publications and assessments then stand still) and rebuilds the sums of the days it touched once, at
-- the end, with balance_rebuild.

create function balance_deferred() returns boolean
    language sql stable
    return coalesce(current_setting('resonance.balance_deferred', true), '') = 'on';

drop trigger balance_on_assessment_insert on assessment;
drop trigger balance_on_assessment_update on assessment;
drop trigger balance_on_assessment_delete on assessment;
drop trigger balance_on_publication_update on publication;
create trigger balance_on_assessment_insert after insert on assessment
    referencing new table as new_rows for each statement
    when (not balance_deferred()) execute function balance_track_assessments();
create trigger balance_on_assessment_update after update on assessment
    referencing old table as old_rows new table as new_rows for each statement
    when (not balance_deferred()) execute function balance_track_assessments();
create trigger balance_on_assessment_delete after delete on assessment
    referencing old table as old_rows for each statement
    when (not balance_deferred()) execute function balance_track_assessments();
create trigger balance_on_publication_update after update on publication
    referencing old table as old_rows new table as new_rows for each statement
    when (not balance_deferred()) execute function balance_track_publications();

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
