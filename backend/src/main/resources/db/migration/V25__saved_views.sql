-- A member's saved views of a grid: the search, filters and sorting of one screen under a name, so that the
-- member picks them again on any device. Per workspace, member and screen; a member who leaves loses them.
-- The state is the screen's own JSON object, bounded so that a client cannot park documents here.
create table saved_view (
    id           uuid primary key,
    workspace_id uuid        not null,
    username     text        not null,
    screen       text        not null check (screen ~ '^[a-z][a-z0-9-]{0,39}$'),
    name         text        not null check (name = btrim(name) and length(name) between 1 and 100),
    state        jsonb       not null check (jsonb_typeof(state) = 'object' and octet_length(state::text) <= 8192),
    created_at   timestamptz not null,
    foreign key (workspace_id, username) references workspace_member (workspace_id, username) on delete cascade
);
-- Names are unique per member and screen regardless of case (saved_view_name_unique: DUPLICATE on "name"); the
-- index also serves the list of a member's views of a screen.
create unique index saved_view_name_unique on saved_view (workspace_id, username, screen, lower(name));
