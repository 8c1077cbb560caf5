-- Target groups: the groups of contacts a campaign addresses, each defined by a rule (a tree of
-- all / any / none over conditions, kept as JSON in the shape of the API's RuleInput) and by manual
-- includes and excludes kept apart from the rule, so that a new version of the rule keeps them.
create table target_group (
    id           uuid        primary key,
    workspace_id uuid        not null references workspace (id) on delete cascade,
    name         text        not null check (name = btrim(name) and length(name) between 1 and 200),
    description  text        not null default '' check (length(description) <= 4000),
    created_at   timestamptz not null,
    created_by   text        not null,
    unique (workspace_id, id)
);
create unique index target_group_name_unique on target_group (workspace_id, lower(name));

-- Every rule a target group had; the highest version is the current one. A frozen list records the
-- version it was taken with. Purchase periods are calendar days in time_zone.
create table target_group_version (
    workspace_id    uuid        not null,
    target_group_id uuid        not null,
    version         integer     not null check (version >= 1),
    rule            jsonb       not null check (jsonb_typeof(rule) = 'object' and length(rule::text) <= 200000),
    time_zone       text        not null check (length(time_zone) between 1 and 64),
    created_at      timestamptz not null,
    created_by      text        not null,
    primary key (target_group_id, version),
    foreign key (workspace_id, target_group_id) references target_group (workspace_id, id) on delete cascade
);

-- The target groups the current rule of a group uses ("member of target group …"): a group that
-- another one uses cannot be deleted (the foreign key refuses). Checked at commit: deleting a workspace
-- deletes groups that use each other in one statement, in an order no immediate check would accept.
create table target_group_reference (
    workspace_id        uuid not null,
    target_group_id     uuid not null,
    referenced_group_id uuid not null,
    primary key (target_group_id, referenced_group_id),
    foreign key (workspace_id, target_group_id) references target_group (workspace_id, id) on delete cascade,
    constraint target_group_reference_in_use
        foreign key (workspace_id, referenced_group_id) references target_group (workspace_id, id)
        deferrable initially deferred
);
create index target_group_reference_referenced on target_group_reference (referenced_group_id);

-- Contacts added to or taken out of a group by hand, whatever its rule says: members are
-- (rule ∪ includes) − excludes. One row per contact: a contact is either included or excluded.
create table target_group_manual (
    workspace_id    uuid        not null,
    target_group_id uuid        not null,
    contact_id      uuid        not null,
    kind            text        not null check (kind in ('INCLUDE', 'EXCLUDE')),
    added_at        timestamptz not null,
    added_by        text        not null,
    primary key (target_group_id, contact_id),
    foreign key (workspace_id, target_group_id) references target_group (workspace_id, id) on delete cascade,
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
create index target_group_manual_contact on target_group_manual (contact_id);

-- Purchase conditions aggregate a workspace's purchases within a period ("at least 3 in the last 7
-- days"): purchase_workspace_time (V16, the purchases list's order) reads only the period's purchases
-- instead of every contact's.

-- Room for the daily history (size per day, who joined and who left): target_group_day and
-- target_group_change keyed by (target_group_id, day), written by the daily job in a later migration.
