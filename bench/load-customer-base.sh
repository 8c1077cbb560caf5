#!/usr/bin/env bash
# Loads the CSV files of GenerateCustomerBase straight into PostgreSQL as a new workspace (members
# admin, analyst, viewer): companies, contacts, the analytics "Sector" (companies) and "Lead score"
# (contacts), equipment, purchases with items, consent with its history. Bypasses the app: the files
# are \copy-ed into temporary staging tables and moved into the real tables with joins by external
# id, all in one transaction, so a failed load leaves nothing behind. It is also the floor of the
# customer import: plain SQL writing the same rows into the same tables with the same constraints.
#
#   bench/load-customer-base.sh DIR [WORKSPACE_NAME]
#
# Connection: DB_URL (postgresql://host:port/db), DB_USER, DB_PASSWORD; defaults are the local stack.
set -euo pipefail
source "$(dirname "$0")/load-common.sh"

files=(companies contacts consent equipment purchases)
load_arguments "$@"

workspace_id=$(psql "$url" --no-psqlrc --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 \
  -v name="$name" <<SQL
$LOAD_PREAMBLE

create temp table s_company (external_id text, name text, industry text, region text, size text, status text,
    upsell_potential text, sector text) on commit drop;
create temp table s_contact (external_id text, company_external_id text, first_name text, last_name text,
    position text, key_staff boolean, management boolean, email text, phone text, city text, country text,
    preferred_language text, lead_score numeric) on commit drop;
create temp table s_consent (contact_external_id text, channel text, state text, source text,
    changed_at timestamptz) on commit drop;
create temp table s_equipment (external_id text, company_external_id text, product text, model text,
    production_date date, purchase_date date, quantity integer) on commit drop;
create temp table s_purchase (external_id text, contact_external_id text, purchased_at timestamptz,
    amount numeric, currency text, product text, category text, quantity integer) on commit drop;

\copy s_company from '$dir/companies.csv' with (format csv, header true)
\copy s_contact from '$dir/contacts.csv' with (format csv, header true)
\copy s_consent from '$dir/consent.csv' with (format csv, header true)
\copy s_equipment from '$dir/equipment.csv' with (format csv, header true)
\copy s_purchase from '$dir/purchases.csv' with (format csv, header true)

$LOAD_WORKSPACE

insert into company (id, workspace_id, name, industry, region, size, status, upsell_potential, external_id,
                     created_at, updated_at)
select gen_random_uuid(), :'workspace_id', name, coalesce(industry, ''), coalesce(region, ''), size, status,
       upsell_potential, external_id, now(), now()
from s_company;

-- Left joins: an external id missing from the other file leaves a null, which the NOT NULL columns
-- reject (or, for an optional company, which the count check at the end reports).
insert into contact (id, workspace_id, company_id, first_name, last_name, position, key_staff, management,
                     email, phone, city, country, preferred_language, external_id, created_at, updated_at)
select gen_random_uuid(), :'workspace_id', co.id, coalesce(s.first_name, ''), coalesce(s.last_name, ''),
       coalesce(s.position, ''), s.key_staff, s.management, coalesce(s.email, ''), coalesce(s.phone, ''),
       coalesce(s.city, ''), s.country, s.preferred_language, s.external_id, now(), now()
from s_contact s
left join company co on co.workspace_id = :'workspace_id' and co.external_id = s.company_external_id;

insert into analytic (id, workspace_id, applies_to, name, type, options, created_at)
values (gen_random_uuid(), :'workspace_id', 'COMPANY', 'Sector', 'ENUMERATION',
        (select array_agg(distinct sector order by sector) from s_company where sector is not null), now()),
       (gen_random_uuid(), :'workspace_id', 'CONTACT', 'Lead score', 'NUMBER', '{}', now());
insert into analytic_value (workspace_id, analytic_id, company_id, value_text)
select :'workspace_id', a.id, co.id, s.sector
from s_company s
join company co on co.workspace_id = :'workspace_id' and co.external_id = s.external_id
join analytic a on a.workspace_id = :'workspace_id' and a.name = 'Sector'
where s.sector is not null;
insert into analytic_value (workspace_id, analytic_id, contact_id, value_number)
select :'workspace_id', a.id, c.id, s.lead_score
from s_contact s
join contact c on c.workspace_id = :'workspace_id' and c.external_id = s.external_id
join analytic a on a.workspace_id = :'workspace_id' and a.name = 'Lead score'
where s.lead_score is not null;

insert into consent (workspace_id, contact_id, channel, state, source, changed_at, changed_by)
select :'workspace_id', c.id, s.channel, s.state, s.source, s.changed_at, 'bench'
from s_consent s
left join contact c on c.workspace_id = :'workspace_id' and c.external_id = s.contact_external_id;
insert into consent_history (workspace_id, contact_id, channel, state, source, changed_at, changed_by)
select workspace_id, contact_id, channel, state, source, changed_at, changed_by
from consent where workspace_id = :'workspace_id';

insert into equipment (id, workspace_id, company_id, product, model, production_date, purchase_date, quantity,
                       external_id, created_at)
select gen_random_uuid(), :'workspace_id', co.id, s.product, coalesce(s.model, ''), s.production_date,
       s.purchase_date, s.quantity, s.external_id, now()
from s_equipment s
left join company co on co.workspace_id = :'workspace_id' and co.external_id = s.company_external_id;

-- A purchase's items share its line's external id; the purchase is made on behalf of the buyer's
-- company, if any. Time-ordered ids, as the app makes them, since purchases.csv is in time order.
insert into purchase (id, workspace_id, company_id, contact_id, purchased_at, amount, currency, external_id,
                      created_at)
select pg_temp.time_ordered_id(:'workspace_id', p.purchased_at, p.external_id), :'workspace_id', c.company_id,
       c.id, p.purchased_at, p.amount, p.currency, p.external_id, now()
from (select distinct on (external_id) * from s_purchase order by external_id) p
left join contact c on c.workspace_id = :'workspace_id' and c.external_id = p.contact_external_id;
insert into purchase_item (workspace_id, purchase_id, product, category, quantity)
select :'workspace_id', pg_temp.time_ordered_id(:'workspace_id', p.purchased_at, p.external_id), p.product,
       coalesce(p.category, ''), p.quantity
from s_purchase p;

-- A contact whose company is missing from companies.csv would otherwise lose it without a word.
select set_config('bench.workspace', :'workspace_id', true) as bench_workspace \gset
do \$\$
declare
    lost bigint;
begin
    select count(*) into lost from s_contact s
    join contact c on c.workspace_id = current_setting('bench.workspace')::uuid and c.external_id = s.external_id
    where s.company_external_id is not null and c.company_id is null;
    if lost > 0 then
        raise exception '% contacts name a company that companies.csv does not have', lost;
    end if;
end
\$\$;

$LOAD_COMMIT
SQL
)
load_finished "company, contact, analytic_value, consent, consent_history, equipment, purchase, purchase_item" \
  "$(($(wc -l <"$dir/contacts.csv") - 1)) contacts and their companies, equipment and purchases"
