-- The analytics a workspace counts as key: the quality record tells how many contacts have all of
-- them filled (on the contact, or on the contact's company for company analytics).
alter table analytic add column is_key boolean not null default false;

-- A daily record per workspace of the customer base's quality; a day's figures are replaced when
-- the day is recorded again (on demand). Contact counts; key_analytics_filled is null while the
-- workspace marks no analytic as key.
create table base_quality_day (
    workspace_id         uuid        not null references workspace (id) on delete cascade,
    day                  date        not null,
    contacts             integer     not null check (contacts >= 0),
    valid_email          integer     not null check (valid_email >= 0),
    consent_email        integer     not null check (consent_email >= 0),
    consent_sms          integer     not null check (consent_sms >= 0),
    consent_phone        integer     not null check (consent_phone >= 0),
    consent_post         integer     not null check (consent_post >= 0),
    key_analytics_filled integer     check (key_analytics_filled >= 0),
    suspected_duplicates integer     not null check (suspected_duplicates >= 0),
    untouched            integer     not null check (untouched >= 0),
    recorded_at          timestamptz not null,
    primary key (workspace_id, day)
);
