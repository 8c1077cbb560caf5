-- Repeatable: the one definition of balance_track_shape; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- Rows and columns of the matrix, and who is the client: segments, channels and brands that come, go
-- or change what the balance reads of them (triggers balance_shape_on_*).
create or replace function balance_track_shape() returns trigger
    language plpgsql as $$
begin
    perform balance_bump_version(case when tg_op = 'DELETE' then old.workspace_id else new.workspace_id end);
    return null;
end $$;
