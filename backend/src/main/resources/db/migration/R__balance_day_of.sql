-- Repeatable: the one definition of balance_day_of; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- The UTC day a publication counts on in the daily sums.
create or replace function balance_day_of(published_at timestamptz) returns date
    language sql immutable parallel safe
    return (published_at at time zone 'UTC')::date;
