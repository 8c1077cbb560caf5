-- The contact and company lists' default order (by name, then id) straight from an index: at a million
-- contacts a first page is a short index scan, not a sort of all the workspace's contacts. V13's
-- text_pattern_ops indexes serve prefix searches, but not an ORDER BY in the database's collation.
create index contact_name_order on contact (workspace_id, lower(last_name), lower(first_name), id);
create index company_name_order on company (workspace_id, lower(name), id);
