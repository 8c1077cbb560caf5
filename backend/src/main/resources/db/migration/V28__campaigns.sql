-- Campaign planning: campaigns (with programmes as parents), their budget lines and milestones.
-- As in the customer base, references go through (workspace_id, id) so the database itself refuses
-- a link across workspaces.

-- One currency per workspace for every budget (ISO 4217 code).
alter table workspace add column currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$');

create table campaign (
    id                    uuid          primary key,
    workspace_id          uuid          not null references workspace (id) on delete cascade,
    name                  text          not null check (name = btrim(name) and length(name) between 1 and 200),
    type                  text          not null check (type in ('CONFERENCE', 'EXHIBITION', 'WEBINAR', 'MAILING',
                                            'PROMO', 'DISCOUNT', 'BONUS_PROGRAM', 'PR_ACTION')),
    -- DRAFT → PLANNED → RUNNING → COMPLETED, or CANCELLED from any but COMPLETED (checked in the service).
    status                text          not null default 'DRAFT' check (status in ('DRAFT', 'PLANNED', 'RUNNING',
                                            'COMPLETED', 'CANCELLED')),
    starts_on             date,
    ends_on               date,
    -- Events: where and when, the time in the venue's IANA time zone (validated at the edge).
    venue                 text          not null default '' check (length(venue) <= 300),
    event_date            date,
    event_time            time,
    event_time_zone       text          check (length(event_time_zone) between 1 and 64),
    owner                 text,
    business_line         text          not null default '' check (length(business_line) <= 100),
    goals                 text          not null default '' check (length(goals) <= 4000),
    planned_invitations   integer       check (planned_invitations >= 0),
    planned_registrations integer       check (planned_registrations >= 0),
    planned_attendees     integer       check (planned_attendees >= 0),
    planned_opportunities integer       check (planned_opportunities >= 0),
    planned_revenue       numeric(14, 2) check (planned_revenue >= 0),
    -- The programme this campaign belongs to; its figures roll up there (cycles refused by the service).
    parent_id             uuid          check (parent_id <> id),
    delivery              text          not null default 'IN_HOUSE' check (delivery in ('IN_HOUSE', 'OUTSOURCED')),
    supplier_id           uuid,
    outsourcing_reason    text          not null default '' check (length(outsourcing_reason) <= 2000),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    unique (workspace_id, id),
    check (ends_on >= starts_on),
    check (event_time is null or event_time_zone is not null),
    foreign key (workspace_id, parent_id) references campaign (workspace_id, id) on delete set null (parent_id),
    foreign key (workspace_id, supplier_id) references supplier (workspace_id, id) on delete set null (supplier_id),
    foreign key (workspace_id, owner) references workspace_member (workspace_id, username) on delete set null (owner)
);
create unique index campaign_name_unique on campaign (workspace_id, lower(name));
create index campaign_parent on campaign (workspace_id, parent_id) where parent_id is not null;
create index campaign_starts on campaign (workspace_id, starts_on, id);

-- Amounts in the workspace's currency; actual stays 0 until money is spent.
create table budget_line (
    id           uuid           primary key,
    workspace_id uuid           not null,
    campaign_id  uuid           not null,
    category     text           not null check (category in ('VENUE', 'CATERING', 'STAND', 'PRINTING', 'POSTAGE',
                                    'ADVERTISING', 'EQUIPMENT_TRANSPORT', 'STAFF', 'OTHER')),
    planned      numeric(14, 2) not null default 0 check (planned >= 0),
    actual       numeric(14, 2) not null default 0 check (actual >= 0),
    supplier_id  uuid,
    note         text           not null default '' check (length(note) <= 2000),
    created_at   timestamptz    not null,
    unique (workspace_id, id),
    foreign key (workspace_id, campaign_id) references campaign (workspace_id, id) on delete cascade,
    foreign key (workspace_id, supplier_id) references supplier (workspace_id, id) on delete set null (supplier_id)
);
create index budget_line_campaign on budget_line (campaign_id) include (planned, actual);

-- Control points. A milestone made from a template remembers its offset from the event date, so
-- moving the event moves it too; one set by hand has no offset.
create table milestone (
    id               uuid        primary key,
    workspace_id     uuid        not null,
    campaign_id      uuid        not null,
    name             text        not null check (name = btrim(name) and length(name) between 1 and 200),
    due_on           date        not null,
    days_from_event  integer     check (days_from_event between -3650 and 3650),
    responsible      text,
    done_at          timestamptz,
    created_at       timestamptz not null,
    unique (workspace_id, id),
    -- Tasks under a milestone reference it with their campaign, so a task cannot hang under another campaign's milestone.
    unique (workspace_id, campaign_id, id),
    foreign key (workspace_id, campaign_id) references campaign (workspace_id, id) on delete cascade,
    foreign key (workspace_id, responsible) references workspace_member (workspace_id, username)
        on delete set null (responsible)
);
create index milestone_campaign on milestone (campaign_id, due_on);
-- Overdue and due-soon milestones per person (home screen, notifications).
create index milestone_open_due on milestone (workspace_id, due_on) include (responsible) where done_at is null;
