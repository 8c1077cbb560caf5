-- The history of each target group's membership: a record per day of its size and of who joined and who left
-- since the record before. Only the changes are stored; target_group_member holds the membership as of the
-- last record, the one set the next record diffs against. A group's first record has every member join.

-- Members as of the group's last record. No foreign key to contact: a deleted contact stays here until the
-- next record counts it as gone.
create table target_group_member (
    workspace_id    uuid not null,
    target_group_id uuid not null,
    contact_id      uuid not null,
    primary key (target_group_id, contact_id),
    foreign key (workspace_id, target_group_id) references target_group (workspace_id, id) on delete cascade
);

-- One row per group and recorded day. Recording a day again (on demand) adds the changes since the last
-- record to the day's counts, so joined and left count events: a contact who joins and leaves within the
-- day counts in both.
create table target_group_day (
    workspace_id    uuid        not null,
    target_group_id uuid        not null,
    day             date        not null,
    size            integer     not null check (size >= 0),
    joined          integer     not null check (joined >= 0),
    left_count      integer     not null check (left_count >= 0),
    recorded_at     timestamptz not null,
    primary key (target_group_id, day),
    foreign key (workspace_id, target_group_id) references target_group (workspace_id, id) on delete cascade
);

-- Who joined or left on which day: "who joined since …" pages (group, kind, day, contact) in key order.
-- Rows go with their contact (a deleted contact's left is counted in target_group_day only).
create table target_group_change (
    workspace_id    uuid not null,
    target_group_id uuid not null,
    kind            text not null check (kind in ('JOINED', 'LEFT')),
    day             date not null,
    contact_id      uuid not null,
    primary key (target_group_id, kind, day, contact_id),
    foreign key (workspace_id, target_group_id) references target_group (workspace_id, id) on delete cascade,
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
create index target_group_change_contact on target_group_change (contact_id);
