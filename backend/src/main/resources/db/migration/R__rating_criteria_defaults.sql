-- Repeatable: the one definition of the default rating criteria; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations (V31 made the table).

-- Quality, cost, reliability and convenience at equal weights, for a workspace that has no criteria yet.
create or replace function rating_criteria_defaults(workspace uuid) returns void
    language sql as $$
    insert into rating_criterion (id, workspace_id, name, preset, weight, place)
    select gen_random_uuid(), workspace, preset.name, preset.key, 1, preset.place
    from (values (0, 'QUALITY', 'Quality'), (1, 'COST', 'Cost'), (2, 'RELIABILITY', 'Reliability'),
                 (3, 'CONVENIENCE', 'Convenience')) as preset (place, key, name)
    where not exists (select 1 from rating_criterion c where c.workspace_id = workspace)
$$;

-- Every workspace has criteria from its first moment, so a rating never waits for an admin to set them up.
create or replace function rating_criteria_for_new_workspace() returns trigger
    language plpgsql as $$
begin
    perform rating_criteria_defaults(new.id);
    return null;
end $$;

create or replace trigger rating_criteria_on_workspace_insert after insert on workspace
    for each row execute function rating_criteria_for_new_workspace();

-- Workspaces made before the criteria existed.
select rating_criteria_defaults(id) from workspace;
