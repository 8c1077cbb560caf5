-- The publication list pages in (published_at, id) order, both ways. V2's indexes kept published_at
-- descending and, on channel and brand, no id: PostgreSQL sorted each page once more (by id within
-- a timestamp), and with a channel or brand filter it walked the period's index across all channels
-- and dropped the others' rows. Ascending indexes ending in id serve both directions (a backward scan
-- is as cheap), and imports, which arrive in time order, append to them instead of inserting before.
drop index publication_by_time;
drop index publication_by_channel;
drop index publication_by_brand;
create index publication_by_time on publication (workspace_id, published_at, id);
create index publication_by_channel on publication (workspace_id, channel_id, published_at, id);
create index publication_by_brand on publication (workspace_id, brand_id, published_at, id);
