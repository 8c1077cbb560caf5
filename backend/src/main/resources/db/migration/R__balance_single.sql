-- Repeatable: the one definition of balance_single; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- The single publication behind a set of rows, or null.
create or replace function balance_single(publications uuid[]) returns uuid
    language sql immutable
    return case when cardinality(publications) = 1 then publications[1] end;
