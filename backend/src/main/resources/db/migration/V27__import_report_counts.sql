-- What an import of matched records (companies, contacts, equipment, purchases) did to them: created,
-- updated, unchanged. Null for the kinds that do not count (publications, lists).
alter table import_job
    add column rows_created   bigint,
    add column rows_updated   bigint,
    add column rows_unchanged bigint;
