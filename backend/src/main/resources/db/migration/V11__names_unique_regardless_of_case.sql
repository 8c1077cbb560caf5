-- Names of segments, channels and brands are unique per workspace regardless of case, as the services
-- have always checked; with these indexes the database holds it too when two requests race past the
-- check (the loser gets DUPLICATE on "name", see DatabaseErrors). The constraint names are what the
-- API maps to fields.
alter table segment drop constraint segment_workspace_id_name_key;
create unique index segment_name_unique on segment (workspace_id, lower(name));

alter table channel drop constraint channel_workspace_id_name_key;
create unique index channel_name_unique on channel (workspace_id, lower(name));

alter table brand drop constraint brand_workspace_id_name_key;
create unique index brand_name_unique on brand (workspace_id, lower(name));
