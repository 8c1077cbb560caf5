-- Uploads, import jobs and download links live here rather than in one instance's memory, so that
-- behind a load balancer any instance can serve any step (preview, import, progress, download).

-- A file uploaded for an import, visible to its uploader only, kept for an hour. Its content is in
-- chunks of about 1 MB so that no instance ever holds a whole file (a 300 MB CSV) in memory.
create table upload (
    id          uuid primary key,
    owner       text        not null,
    file_name   text        not null,
    format      text        not null check (format in ('CSV', 'XLSX')),
    size        bigint      not null check (size > 0),
    uploaded_at timestamptz not null,
    expires_at  timestamptz not null
);

create index upload_owner on upload (owner);
create index upload_expires_at on upload (expires_at);

create table upload_chunk (
    upload_id uuid    not null references upload (id) on delete cascade,
    n         integer not null check (n >= 0),
    data      bytea   not null,
    primary key (upload_id, n)
);

-- An import and its progress, written by the instance running it (a few times a second) and read by
-- any instance. QUEUED jobs wait for a worker of any instance; a running job's heartbeat_at is renewed
-- while its instance lives, and a job whose heartbeat stops ends FAILED (INTERRUPTED).
create table import_job (
    id                   uuid primary key,
    workspace_id         uuid        not null references workspace (id) on delete cascade,
    owner                text        not null,
    -- One import per upload; the upload is deleted when its import ends.
    upload_id            uuid        unique references upload (id) on delete set null,
    file_name            text        not null,
    request              jsonb       not null,
    state                text        not null check (state in ('QUEUED', 'CHECKING', 'WRITING', 'SUCCEEDED', 'FAILED')),
    step                 text        not null,
    rows_checked         bigint      not null default 0,
    rows_total           bigint,
    rows_written         bigint      not null default 0,
    step_done            bigint      not null default 0,
    step_total           bigint,
    problem_count        bigint      not null default 0,
    problems             jsonb       not null default '[]',
    failure              text,
    message              text,
    started_at           timestamptz not null,
    finished_at          timestamptz,
    runner               text,
    heartbeat_at         timestamptz,
    check ((state in ('SUCCEEDED', 'FAILED')) = (finished_at is not null))
);

create index import_job_queued on import_job (started_at) where state = 'QUEUED';
create index import_job_running on import_job (workspace_id) where state in ('CHECKING', 'WRITING');
create index import_job_finished_at on import_job (finished_at) where finished_at is not null;
create index import_job_workspace on import_job (workspace_id);

-- A single-use link to an export, valid for five minutes: what to export, checked for access when the
-- link was made; whichever instance serves the link writes the file. Only the token's SHA-256 is kept.
create table download_link (
    token_sha256 bytea primary key,
    kind         text        not null,
    workspace_id uuid        not null references workspace (id) on delete cascade,
    request      jsonb       not null,
    format       text        not null check (format in ('CSV', 'XLSX')),
    created_by   text        not null,
    expires_at   timestamptz not null
);

create index download_link_expires_at on download_link (expires_at);
