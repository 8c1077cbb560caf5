-- The campaign side's supplier directory: who offers which marketing services (the budget categories).
-- Names are unique per workspace regardless of case (supplier_name_unique: DUPLICATE on "name").
create table supplier (
    id           uuid primary key,
    workspace_id uuid   not null references workspace (id) on delete cascade,
    name         text   not null check (name = btrim(name) and length(name) between 1 and 200),
    services     text[] not null default '{}' check (services <@ array['VENUE', 'CATERING', 'STAND', 'PRINTING',
                     'POSTAGE', 'ADVERTISING', 'EQUIPMENT_TRANSPORT', 'STAFF', 'OTHER']::text[]),
    contact_name text   not null default '' check (length(contact_name) <= 200),
    email        text   not null default '' check (length(email) <= 320),
    phone        text   not null default '' check (length(phone) <= 50),
    notes        text   not null default '' check (length(notes) <= 4000),
    unique (workspace_id, id)
);
create unique index supplier_name_unique on supplier (workspace_id, lower(name));
