-- The customer base of the campaign side: the client's own companies and contacts, the analytics a
-- workspace defines for them, equipment, purchases, consent and one timeline. Every table carries
-- workspace_id, and references between them go through (workspace_id, id) so the database itself
-- refuses a link across workspaces.
create extension if not exists pg_trgm;

create table company (
    id               uuid        primary key,
    workspace_id     uuid        not null references workspace (id) on delete cascade,
    name             text        not null check (name = btrim(name) and length(name) between 1 and 200),
    industry         text        not null default '' check (length(industry) <= 200),
    region           text        not null default '' check (length(region) <= 200),
    -- EU size classes by head count: MICRO < 10, SMALL < 50, MEDIUM < 250, LARGE from 250.
    size             text        check (size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    status           text        not null default 'POTENTIAL' check (status in ('CURRENT', 'POTENTIAL', 'FORMER')),
    -- The account manager; cleared when they leave the workspace.
    owner            text,
    upsell_potential text        check (upsell_potential in ('LOW', 'MEDIUM', 'HIGH')),
    external_id      text        check (external_id = btrim(external_id) and length(external_id) between 1 and 200),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (workspace_id, id),
    foreign key (workspace_id, owner) references workspace_member (workspace_id, username) on delete set null (owner)
);
create unique index company_external_id_unique on company (workspace_id, external_id) where external_id is not null;
-- Search by name prefix, and import matching by name + region.
create index company_name on company (workspace_id, lower(name) text_pattern_ops);
-- Similar names (suspected duplicates) by trigram similarity.
create index company_name_trigram on company using gin (lower(name) gin_trgm_ops);

create table contact (
    id                uuid        primary key,
    workspace_id      uuid        not null references workspace (id) on delete cascade,
    -- B2C contacts belong to no company.
    company_id        uuid,
    first_name        text        not null default '' check (first_name = btrim(first_name) and length(first_name) <= 100),
    last_name         text        not null default '' check (last_name = btrim(last_name) and length(last_name) <= 100),
    position          text        not null default '' check (length(position) <= 200),
    key_staff         boolean     not null default false,
    management        boolean     not null default false,
    email             text        not null default '' check (email = btrim(email) and length(email) <= 320),
    phone             text        not null default '' check (length(phone) <= 50),
    address_line      text        not null default '' check (length(address_line) <= 400),
    postal_code       text        not null default '' check (length(postal_code) <= 20),
    city              text        not null default '' check (length(city) <= 200),
    -- ISO 3166-1 alpha-2.
    country           text        check (country ~ '^[A-Z]{2}$'),
    -- A BCP 47 tag as the SPA offers it: en, ru, uk, pl, pt-BR.
    preferred_language text       check (preferred_language ~ '^[a-z]{2}(-[A-Z]{2})?$'),
    external_id       text        check (external_id = btrim(external_id) and length(external_id) between 1 and 200),
    -- Matching keys: the same address written in another case, or a phone with other punctuation.
    email_normalized  text        not null generated always as (lower(email)) stored,
    phone_normalized  text        not null generated always as (regexp_replace(phone, '[^0-9+]', '', 'g')) stored,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    check (first_name <> '' or last_name <> '' or email <> ''),
    unique (workspace_id, id),
    foreign key (workspace_id, company_id) references company (workspace_id, id) on delete set null (company_id)
);
create unique index contact_external_id_unique on contact (workspace_id, external_id) where external_id is not null;
create index contact_company on contact (company_id) where company_id is not null;
-- Prefix search by first name, last name or email; matching and duplicates by email and phone.
create index contact_last_name on contact (workspace_id, lower(last_name) text_pattern_ops);
create index contact_first_name on contact (workspace_id, lower(first_name) text_pattern_ops);
create index contact_email on contact (workspace_id, email_normalized text_pattern_ops) where email_normalized <> '';
create index contact_phone on contact (workspace_id, phone_normalized) where phone_normalized <> '';

-- A workspace's own typed attributes ("analytics") of companies or of contacts.
create table analytic (
    id           uuid        primary key,
    workspace_id uuid        not null references workspace (id) on delete cascade,
    applies_to   text        not null check (applies_to in ('COMPANY', 'CONTACT')),
    name         text        not null check (name = btrim(name) and length(name) between 1 and 100),
    type         text        not null check (type in ('ENUMERATION', 'NUMBER', 'DATE', 'BOOLEAN', 'TEXT')),
    -- The allowed values of an ENUMERATION, in the order the SPA offers them.
    options      text[]      not null default '{}'
                             check ((type = 'ENUMERATION') = (cardinality(options) > 0) and cardinality(options) <= 200),
    description  text        not null default '' check (length(description) <= 4000),
    created_at   timestamptz not null,
    unique (workspace_id, id)
);
create unique index analytic_name_unique on analytic (workspace_id, applies_to, lower(name));

-- One value per analytic and record; the column that holds it follows the analytic's type
-- (ENUMERATION and TEXT in value_text).
create table analytic_value (
    id            bigint generated always as identity primary key,
    workspace_id  uuid    not null,
    analytic_id   uuid    not null,
    company_id    uuid,
    contact_id    uuid,
    value_text    text    check (length(value_text) <= 4000),
    value_number  numeric,
    value_date    date,
    value_boolean boolean,
    check (num_nonnulls(company_id, contact_id) = 1),
    check (num_nonnulls(value_text, value_number, value_date, value_boolean) = 1),
    foreign key (workspace_id, analytic_id) references analytic (workspace_id, id) on delete cascade,
    foreign key (workspace_id, company_id) references company (workspace_id, id) on delete cascade,
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
create unique index analytic_value_company on analytic_value (company_id, analytic_id) where company_id is not null;
create unique index analytic_value_contact on analytic_value (contact_id, analytic_id) where contact_id is not null;
-- Selection by value ("upsell potential high", "industry: food retail").
create index analytic_value_text on analytic_value (analytic_id, value_text) where value_text is not null;
create index analytic_value_number on analytic_value (analytic_id, value_number) where value_number is not null;
create index analytic_value_date on analytic_value (analytic_id, value_date) where value_date is not null;

-- Equipment a company (or a contact) owns.
create table equipment (
    id              uuid        primary key,
    workspace_id    uuid        not null,
    company_id      uuid,
    contact_id      uuid,
    product         text        not null check (product = btrim(product) and length(product) between 1 and 200),
    model           text        not null default '' check (length(model) <= 200),
    production_date date,
    purchase_date   date,
    quantity        integer     not null default 1 check (quantity between 1 and 1000000),
    external_id     text        check (external_id = btrim(external_id) and length(external_id) between 1 and 200),
    created_at      timestamptz not null,
    check (num_nonnulls(company_id, contact_id) = 1),
    unique (workspace_id, id),
    foreign key (workspace_id, company_id) references company (workspace_id, id) on delete cascade,
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
create unique index equipment_external_id_unique on equipment (workspace_id, external_id) where external_id is not null;
create index equipment_company on equipment (company_id) where company_id is not null;
create index equipment_contact on equipment (contact_id) where contact_id is not null;

-- A purchase by a contact, a company, or a contact on behalf of their company.
create table purchase (
    id           uuid          primary key,
    workspace_id uuid          not null,
    company_id   uuid,
    contact_id   uuid,
    purchased_at timestamptz   not null,
    amount       numeric(14,2) not null check (amount >= 0),
    currency     text          not null check (currency ~ '^[A-Z]{3}$'),
    external_id  text          check (external_id = btrim(external_id) and length(external_id) between 1 and 200),
    created_at   timestamptz   not null,
    check (num_nonnulls(company_id, contact_id) >= 1),
    unique (workspace_id, id),
    foreign key (workspace_id, company_id) references company (workspace_id, id) on delete cascade,
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
create unique index purchase_external_id_unique on purchase (workspace_id, external_id) where external_id is not null;
-- "At least 3 purchases in 7 days": a record's purchases in time order.
create index purchase_contact on purchase (contact_id, purchased_at) where contact_id is not null;
create index purchase_company on purchase (company_id, purchased_at) where company_id is not null;

create table purchase_item (
    id           bigint  generated always as identity primary key,
    workspace_id uuid    not null,
    purchase_id  uuid    not null,
    product      text    not null check (product = btrim(product) and length(product) between 1 and 200),
    category     text    not null default '' check (length(category) <= 200),
    quantity     integer not null default 1 check (quantity between 1 and 1000000),
    foreign key (workspace_id, purchase_id) references purchase (workspace_id, id) on delete cascade
);
create index purchase_item_purchase on purchase_item (purchase_id);

-- Consent per contact and channel as it stands now (no row: unknown) ...
create table consent (
    workspace_id uuid        not null,
    contact_id   uuid        not null,
    channel      text        not null check (channel in ('EMAIL', 'SMS', 'PHONE', 'POST')),
    state        text        not null check (state in ('GRANTED', 'WITHDRAWN')),
    source       text        not null check (length(source) between 1 and 200),
    changed_at   timestamptz not null,
    changed_by   text        not null,
    primary key (contact_id, channel),
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
-- ... and every change of it, never rewritten (UNKNOWN when a consent is cleared).
create table consent_history (
    id           bigint      generated always as identity primary key,
    workspace_id uuid        not null,
    contact_id   uuid        not null,
    channel      text        not null check (channel in ('EMAIL', 'SMS', 'PHONE', 'POST')),
    state        text        not null check (state in ('GRANTED', 'WITHDRAWN', 'UNKNOWN')),
    source       text        not null check (length(source) between 1 and 200),
    changed_at   timestamptz not null,
    changed_by   text        not null,
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
create index consent_history_contact on consent_history (contact_id, changed_at);

-- Everything that happened to a contact or a company, in one list: imported, edited, consent
-- changed, merged, and later what the campaign side writes back (invited, opened, registered,
-- attended, called). Kinds are open-ended so a new feature adds its own without a migration.
create table timeline_entry (
    id           uuid        primary key,
    workspace_id uuid        not null,
    company_id   uuid,
    contact_id   uuid,
    at           timestamptz not null,
    kind         text        not null check (kind ~ '^[A-Z][A-Z_]{0,49}$'),
    actor        text        not null,
    -- What the SPA shows for the kind, e.g. the changed fields or the campaign's id and name.
    details      jsonb       not null default '{}' check (jsonb_typeof(details) = 'object' and length(details::text) <= 8000),
    check (num_nonnulls(company_id, contact_id) >= 1),
    foreign key (workspace_id, company_id) references company (workspace_id, id) on delete cascade,
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade
);
create index timeline_entry_contact on timeline_entry (contact_id, at desc, id desc) where contact_id is not null;
create index timeline_entry_company on timeline_entry (company_id, at desc, id desc) where company_id is not null;
