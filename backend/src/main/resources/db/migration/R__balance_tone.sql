-- Repeatable: the one definition of balance_tone; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- m(p, s) of the model.
create or replace function balance_tone(sentiment text) returns double precision
    language sql immutable parallel safe
    return case sentiment when 'POSITIVE' then 1.0 when 'NEUTRAL' then 0.5 else -1.0 end;
