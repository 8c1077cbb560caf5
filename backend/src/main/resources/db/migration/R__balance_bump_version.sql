-- Repeatable: the one definition of balance_bump_version; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- Increments the workspace's balance_version (V4 says why it exists); not for a workspace being deleted.
create or replace function balance_bump_version(target_workspace uuid) returns void
    language sql as $$
    insert into balance_version as v (workspace_id, version)
    select target_workspace, 1
    where exists (select from workspace w where w.id = target_workspace) -- not for a workspace being deleted
    on conflict (workspace_id) do update set version = v.version + 1;
$$;
