-- Suppliers over time (issue 18): the relationship history (engagements), ratings of an engagement on the
-- workspace's own criteria, and quotes (what a supplier asks for a service). As elsewhere, references go
-- through (workspace_id, id), so the database itself refuses a link across workspaces; the foreign keys keep
-- PostgreSQL's names (<table>_workspace_id_<noun>_id_fkey), which the API reports as NOT_FOUND on <noun>Id.

create table supplier_engagement (
    id           uuid           primary key,
    workspace_id uuid           not null,
    supplier_id  uuid           not null,
    campaign_id  uuid,
    service      text           not null check (service in ('VENUE', 'CATERING', 'STAND', 'PRINTING', 'POSTAGE',
                                    'ADVERTISING', 'EQUIPMENT_TRANSPORT', 'STAFF', 'OTHER')),
    amount       numeric(14, 2) not null check (amount >= 0),
    engaged_on   date           not null,
    -- Null while nobody knows yet (not delivered, or not recorded).
    on_time      boolean,
    note         text           not null default '' check (length(note) <= 2000),
    created_at   timestamptz    not null,
    unique (workspace_id, id),
    foreign key (workspace_id, supplier_id) references supplier (workspace_id, id) on delete cascade,
    foreign key (workspace_id, campaign_id) references campaign (workspace_id, id) on delete set null (campaign_id)
);
-- A supplier's history newest first, and its scores: the ranking reads every engagement of its candidates.
create index supplier_engagement_supplier on supplier_engagement (supplier_id, engaged_on desc, id desc)
    include (on_time);
create index supplier_engagement_campaign on supplier_engagement (campaign_id) where campaign_id is not null;

-- What a workspace rates its suppliers on, each with a relative weight in the overall score. Every workspace
-- starts with quality, cost, reliability and convenience at equal weights (R__rating_criteria_defaults.sql);
-- those keep their preset (the SPA words it in the user's language) until an admin renames them.
create table rating_criterion (
    id           uuid          primary key,
    workspace_id uuid          not null references workspace (id) on delete cascade,
    name         text          not null check (name = btrim(name) and length(name) between 1 and 100),
    preset       text          check (preset in ('QUALITY', 'COST', 'RELIABILITY', 'CONVENIENCE')),
    weight       numeric(6, 2) not null check (weight between 0 and 1000),
    place        smallint      not null check (place >= 0),
    unique (workspace_id, id)
);
create unique index rating_criterion_name_unique on rating_criterion (workspace_id, lower(name));

-- A score per criterion after an engagement; a criterion's removal takes its scores with it.
create table supplier_rating (
    workspace_id  uuid        not null,
    engagement_id uuid        not null,
    criterion_id  uuid        not null,
    score         smallint    not null check (score between 1 and 5),
    rated_by      text        not null,
    rated_at      timestamptz not null,
    primary key (engagement_id, criterion_id) include (score),
    foreign key (workspace_id, engagement_id) references supplier_engagement (workspace_id, id) on delete cascade,
    foreign key (workspace_id, criterion_id) references rating_criterion (workspace_id, id) on delete cascade
);
create index supplier_rating_criterion on supplier_rating (criterion_id);

-- What a supplier asks for a service now, in the workspace's currency: one quote per supplier and service.
create table supplier_quote (
    workspace_id uuid           not null,
    supplier_id  uuid           not null,
    service      text           not null check (service in ('VENUE', 'CATERING', 'STAND', 'PRINTING', 'POSTAGE',
                                    'ADVERTISING', 'EQUIPMENT_TRANSPORT', 'STAFF', 'OTHER')),
    amount       numeric(14, 2) not null check (amount >= 0),
    note         text           not null default '' check (length(note) <= 500),
    updated_at   timestamptz    not null,
    primary key (supplier_id, service) include (amount),
    foreign key (workspace_id, supplier_id) references supplier (workspace_id, id) on delete cascade
);
