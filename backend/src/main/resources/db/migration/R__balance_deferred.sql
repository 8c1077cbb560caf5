-- Repeatable: the one definition of balance_deferred; change it here. Flyway runs this file again
-- whenever it changes, after the versioned migrations. V4 created it: applied versioned
-- migrations stay as they are (Flyway validates their checksums). A new signature needs a versioned
-- migration that drops the old function first.

-- True while an import rebuilds the sums itself (PublicationImportStore): the triggers stand aside.
create or replace function balance_deferred() returns boolean
    language sql stable
    return coalesce(current_setting('resonance.balance_deferred', true), '') = 'on';
