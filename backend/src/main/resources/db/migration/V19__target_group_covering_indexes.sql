-- A target group's count over a million contacts probes contacts by company, consent by contact, equipment
-- and purchases by owner tens of thousands of times. With what the rules test kept in these indexes, each
-- probe is an index-only scan instead of a visit to the table (bench/README.md, "Customer base").
drop index contact_company;
create index contact_company on contact (company_id) include (workspace_id, id) where company_id is not null;

create index consent_state on consent (contact_id, channel) include (state);

drop index equipment_company;
create index equipment_company on equipment (company_id) include (production_date, purchase_date)
    where company_id is not null;
drop index equipment_contact;
create index equipment_contact on equipment (contact_id) include (production_date, purchase_date)
    where contact_id is not null;

drop index purchase_contact;
create index purchase_contact on purchase (contact_id, purchased_at) include (workspace_id, amount)
    where contact_id is not null;
drop index purchase_company;
create index purchase_company on purchase (company_id, purchased_at) include (workspace_id, amount)
    where company_id is not null;
