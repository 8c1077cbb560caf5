-- Suspected duplicate contacts of a workspace, one row per pair (contact_id < other_id) and reason:
-- the same email in other case, the same phone with other punctuation, or names that read alike at
-- the same company (trigram similarity of "first last" at least 0.6, pg_trgm). The quality record
-- counts the contacts in these pairs; the duplicates list and merge read the pairs.
-- Emails and phones are grouped first: a million contacts hold a few thousand shared values, and
-- pairing only those is one scan instead of a million index probes.
create or replace function contact_duplicates(workspace uuid)
returns table (contact_id uuid, other_id uuid, reason text)
language sql stable as $$
    with shared_email as (
        select email_normalized from contact
        where workspace_id = workspace and email_normalized <> ''
        group by email_normalized having count(*) > 1
    ), shared_phone as (
        select phone_normalized from contact
        where workspace_id = workspace and length(phone_normalized) >= 6
        group by phone_normalized having count(*) > 1
    )
    select a.id, b.id, 'EMAIL'
    from shared_email s
    join contact a on a.workspace_id = workspace and a.email_normalized = s.email_normalized
    join contact b on b.workspace_id = workspace and b.email_normalized = s.email_normalized and b.id > a.id
    union all
    select a.id, b.id, 'PHONE'
    from shared_phone s
    join contact a on a.workspace_id = workspace and a.phone_normalized = s.phone_normalized
    join contact b on b.workspace_id = workspace and b.phone_normalized = s.phone_normalized and b.id > a.id
    union all
    select a.id, b.id, 'NAME'
    from contact a
    join contact b on b.company_id = a.company_id and b.id > a.id
    where a.workspace_id = workspace and a.company_id is not null
      and similarity(lower(a.first_name || ' ' || a.last_name), lower(b.first_name || ' ' || b.last_name)) >= 0.6
$$;
