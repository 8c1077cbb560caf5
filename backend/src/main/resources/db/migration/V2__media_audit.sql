-- The media-field audit: who the client talks to (segments), where (channels, weighted per
-- segment), who publishes (brands: the client and its competitors) and what (publications,
-- assessed per segment). Every row carries workspace_id; composite foreign keys make a row
-- reference only rows of its own workspace.

create table segment (
    id              uuid primary key,
    workspace_id    uuid             not null references workspace (id) on delete cascade,
    name            text             not null check (name = btrim(name) and length(name) between 1 and 100),
    profile         text             not null default '' check (length(profile) <= 4000),
    significance    text             not null default '' check (length(significance) <= 4000),
    immersion       text             not null check (immersion in ('EXPERT', 'ENGAGED', 'GENERAL')),
    reaction_weight double precision not null check (reaction_weight between 0 and 1),
    unique (workspace_id, name),
    unique (workspace_id, id)
);

create table channel (
    id           uuid primary key,
    workspace_id uuid not null references workspace (id) on delete cascade,
    name         text not null check (name = btrim(name) and length(name) between 1 and 200),
    type         text not null check (type in ('MEDIA', 'INDUSTRY_BLOG', 'SOCIAL_NETWORK', 'NEWS_AGENCY', 'TV_RADIO', 'OTHER')),
    url          text check (url ~ '^https?://' and length(url) <= 2000),
    publisher    text check (publisher = btrim(publisher) and length(publisher) between 1 and 200),
    unique (workspace_id, name),
    unique (workspace_id, id)
);

-- w(s, c): how popular and in demand channel c is for segment s; a missing row means 0.
create table channel_weight (
    workspace_id uuid             not null,
    segment_id   uuid             not null,
    channel_id   uuid             not null,
    weight       double precision not null check (weight between 0 and 1),
    primary key (segment_id, channel_id),
    foreign key (workspace_id, segment_id) references segment (workspace_id, id) on delete cascade,
    foreign key (workspace_id, channel_id) references channel (workspace_id, id) on delete cascade
);
create index channel_weight_workspace on channel_weight (workspace_id);

create table brand (
    id           uuid primary key,
    workspace_id uuid not null references workspace (id) on delete cascade,
    name         text not null check (name = btrim(name) and length(name) between 1 and 200),
    kind         text not null check (kind in ('CLIENT', 'COMPETITOR')),
    unique (workspace_id, name),
    unique (workspace_id, id)
);
-- Exactly one client per workspace (at most one here; the service asks for it where needed).
create unique index brand_one_client on brand (workspace_id) where kind = 'CLIENT';

create table publication (
    id           uuid primary key,
    workspace_id uuid             not null,
    brand_id     uuid             not null,
    channel_id   uuid             not null,
    title        text             not null check (title = btrim(title) and length(title) between 1 and 500),
    url          text check (url ~ '^https?://' and length(url) <= 2000),
    author       text check (length(author) <= 200),
    published_at timestamptz      not null,
    weight       double precision not null check (weight between 0 and 1),
    -- The id in the source system, so that re-importing a file creates no duplicates.
    external_id  text check (length(external_id) between 1 and 200),
    unique (workspace_id, external_id),
    unique (workspace_id, id),
    foreign key (workspace_id, brand_id) references brand (workspace_id, id),
    foreign key (workspace_id, channel_id) references channel (workspace_id, id)
);
create index publication_by_time on publication (workspace_id, published_at desc, id);
create index publication_by_channel on publication (workspace_id, channel_id, published_at desc);
create index publication_by_brand on publication (workspace_id, brand_id, published_at desc);

-- a(p, s) and the sentiment of publication p for segment s.
create table assessment (
    workspace_id   uuid             not null,
    publication_id uuid             not null,
    segment_id     uuid             not null,
    impact         double precision not null check (impact between 0 and 1),
    sentiment      text             not null check (sentiment in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    primary key (publication_id, segment_id),
    foreign key (workspace_id, publication_id) references publication (workspace_id, id) on delete cascade,
    foreign key (workspace_id, segment_id) references segment (workspace_id, id) on delete cascade
);
create index assessment_by_segment on assessment (segment_id, publication_id);
