-- Publications reached their workspace only through brand and channel, whose foreign keys refuse
-- to delete a brand or channel that still has publications. A direct, cascading key lets a
-- workspace be deleted with everything in it (the refusals are checked at the end of the statement,
-- when the cascade has removed the publications too).
alter table publication
    add constraint publication_workspace_fkey foreign key (workspace_id) references workspace (id) on delete cascade;
alter table channel_weight
    add constraint channel_weight_workspace_fkey foreign key (workspace_id) references workspace (id) on delete cascade;
