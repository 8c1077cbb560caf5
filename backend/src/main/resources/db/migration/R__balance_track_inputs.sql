-- Repeatable: the one definition of balance_track_inputs; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- Inputs of the gap other than publications: w(s, c), r(s) and the workspace's thresholds/window.
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
