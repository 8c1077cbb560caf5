-- Pairs of contacts someone marked as "not duplicates": contact_duplicates() leaves them out, so neither the
-- duplicates list nor the quality record (its figure and its list) shows them again. One row per pair, the
-- lower id first (PostgreSQL's uuid order, the order contact_duplicates() pairs in); it goes with either contact.
create table contact_duplicate_dismissal (
    workspace_id uuid        not null,
    contact_id   uuid        not null,
    other_id     uuid        not null,
    dismissed_at timestamptz not null,
    dismissed_by text        not null,
    primary key (contact_id, other_id),
    check (contact_id < other_id),
    foreign key (workspace_id, contact_id) references contact (workspace_id, id) on delete cascade,
    foreign key (workspace_id, other_id) references contact (workspace_id, id) on delete cascade
);
create index contact_duplicate_dismissal_other on contact_duplicate_dismissal (other_id);
