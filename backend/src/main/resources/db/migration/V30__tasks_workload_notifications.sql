-- Campaign work: tasks under a campaign (and optionally one of its milestones), each member's weekly
-- capacity for the workload view, and the due-date notifications of milestones.

create table task (
    id              uuid          primary key,
    workspace_id    uuid          not null,
    campaign_id     uuid          not null,
    milestone_id    uuid,
    title           text          not null check (title = btrim(title) and length(title) between 1 and 200),
    assignee        text,
    estimated_hours numeric(6, 2) not null default 0 check (estimated_hours between 0 and 2000),
    -- The work is spread evenly over the days from starts_on (due_on when null) to due_on.
    starts_on       date,
    due_on          date          not null,
    state           text          not null default 'TODO' check (state in ('TODO', 'IN_PROGRESS', 'DONE')),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    unique (workspace_id, id),
    check (starts_on <= due_on),
    foreign key (workspace_id, campaign_id) references campaign (workspace_id, id) on delete cascade,
    -- Through the milestone's (workspace_id, campaign_id, id): a task cannot hang under another campaign's
    -- milestone. Named so that a refusal reads as "no such milestone" (DatabaseErrors.asUnknownReference).
    constraint task_workspace_id_milestone_id_fkey foreign key (workspace_id, campaign_id, milestone_id)
        references milestone (workspace_id, campaign_id, id) on delete set null (milestone_id),
    foreign key (workspace_id, assignee) references workspace_member (workspace_id, username)
        on delete set null (assignee)
);
create index task_campaign on task (campaign_id, due_on);
create index task_milestone on task (milestone_id) where milestone_id is not null;
-- The workload view and "my work": a member's tasks by date, the sums' inputs in the index.
create index task_assignee_due on task (workspace_id, assignee, due_on)
    include (starts_on, estimated_hours, campaign_id, state) where assignee is not null;

-- Hours a member can work a week; a member without a row has the default of the workload view (40).
create table member_capacity (
    workspace_id uuid          not null,
    username     text          not null,
    weekly_hours numeric(5, 2) not null check (weekly_hours between 0 and 168),
    primary key (workspace_id, username),
    foreign key (workspace_id, username) references workspace_member (workspace_id, username) on delete cascade
);

-- A milestone's responsible member is told once when it comes due soon and once when it is overdue (per due
-- date: a milestone moved to a new date may tell again). Ids grow in commit order (taken under an advisory
-- lock held to commit), as the live feed requires.
create table notification (
    id           bigint      generated always as identity primary key,
    workspace_id uuid        not null,
    recipient    text        not null,
    milestone_id uuid        not null,
    kind         text        not null check (kind in ('DUE_SOON', 'OVERDUE')),
    due_on       date        not null,
    raised_at    timestamptz not null,
    read_at      timestamptz,
    unique (milestone_id, kind, due_on),
    foreign key (workspace_id, milestone_id) references milestone (workspace_id, id) on delete cascade,
    foreign key (workspace_id, recipient) references workspace_member (workspace_id, username) on delete cascade
);
create index notification_recipient on notification (workspace_id, recipient, id);

-- The key each member's calendar feed link is signed with (HMAC-SHA256): a new key revokes the old link.
create table calendar_feed_key (
    workspace_id uuid        not null,
    username     text        not null,
    secret       bytea       not null check (length(secret) = 32),
    created_at   timestamptz not null,
    primary key (workspace_id, username),
    foreign key (workspace_id, username) references workspace_member (workspace_id, username) on delete cascade
);
