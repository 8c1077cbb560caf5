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
    -- Bounded so that the scores' weights (2^(years since 2000), supplier_criterion_score) stay finite.
    engaged_on   date           not null check (engaged_on between '1900-01-01' and '2199-12-31'),
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

-- Scores kept with every change of an engagement or a rating (supplier_scores_refresh, called by the writer in its
-- transaction), so that the ranking reads a few rows per supplier instead of every score of its history (40,000
-- for 500 suppliers with 20 engagements: about 10 times the ranking's budget of 50 ms to aggregate on each call).
-- Per criterion the sums of the engagements' weights and weighted scores; a weight is 2^(days since 2000-01-01 /
-- 365), the decay of SupplierScoring taken from a fixed day: a weighted mean does not depend on the day the
-- weights are counted from, so the stored sums never age.
create table supplier_criterion_score (
    workspace_id uuid   not null,
    supplier_id  uuid   not null,
    criterion_id uuid   not null,
    weight_sum   float8 not null check (weight_sum > 0),
    score_sum    float8 not null,
    ratings      int    not null check (ratings > 0),
    primary key (supplier_id, criterion_id),
    foreign key (workspace_id, supplier_id) references supplier (workspace_id, id) on delete cascade,
    foreign key (workspace_id, criterion_id) references rating_criterion (workspace_id, id) on delete cascade
);
create index supplier_criterion_score_criterion on supplier_criterion_score (criterion_id);

-- A supplier's track record: engagements, how many are rated, on time, late, and the last one's date.
create table supplier_track_record (
    supplier_id     uuid primary key,
    workspace_id    uuid not null,
    engagements     int  not null,
    rated           int  not null,
    on_time         int  not null,
    late            int  not null,
    last_engaged_on date,
    foreign key (workspace_id, supplier_id) references supplier (workspace_id, id) on delete cascade
);
