# Shared by the load-*.sh scripts (sourced): arguments, connection, the transaction's settings, the
# new workspace with its members, time-ordered ids and the closing report.

# load_arguments DIR [WORKSPACE_NAME]: sets dir, name and url; needs files=(… names without .csv).
load_arguments() {
  if [[ $# -lt 1 || $# -gt 2 || ! -d $1 ]]; then
    echo "Usage: $0 DIR [WORKSPACE_NAME]   (DIR holds ${files[*]/%/.csv})" >&2
    exit 2
  fi
  dir=$(cd "$1" && pwd)
  name=${2:-"Benchmark ($(basename "$dir"))"}
  for file in "${files[@]}"; do
    [[ -f $dir/$file.csv ]] || { echo "Missing $dir/$file.csv" >&2; exit 2; }
  done
  # \copy takes its file name literally (no psql variables), so the path is written into the
  # script: keep quotes out of it.
  [[ $dir != *"'"* ]] || { echo "The directory name must not contain a single quote" >&2; exit 2; }
  export PGUSER=${DB_USER:-resonance}
  export PGPASSWORD=${DB_PASSWORD:-resonance}
  url=${DB_URL:-postgresql://127.0.0.1:15432/resonance}
  started=$(date +%s%N)
}

# The start of the load's one transaction (psql, with -v name=…).
LOAD_PREAMBLE=$(cat <<'SQL'
\set QUIET on
begin;
-- Safe to relax for a bulk load: a crash loses only this transaction, which then never happened.
set local synchronous_commit = off;
set local work_mem = '256MB';
set local maintenance_work_mem = '512MB';

-- Time-ordered ids (like the app's UUIDv7): files in time order make the indexes grow at their ends
-- instead of at random places, which makes a big load several times faster. Computed, not stored,
-- so that dependent rows find the same id again; the workspace id in the hash keeps ids unique when
-- one file is loaded twice.
create function pg_temp.time_ordered_id(workspace uuid, at timestamptz, external_id text)
returns uuid language sql immutable as $$
    select (lpad(to_hex((extract(epoch from at) * 1000)::bigint), 12, '0')
            || left(md5(workspace::text || external_id), 20))::uuid
$$;
SQL
)

# The new workspace (its id in :workspace_id) and its members admin, analyst, viewer.
LOAD_WORKSPACE=$(cat <<'SQL'
insert into workspace (id, name, created_at, created_by)
values (gen_random_uuid(), :'name', now(), 'bench')
returning id as workspace_id \gset
insert into workspace_member (workspace_id, username, added_at, added_by)
select :'workspace_id', username, now(), 'bench' from unnest(array['admin', 'analyst', 'viewer']) as m(username);
SQL
)

# The end of the transaction: psql prints the workspace id.
LOAD_COMMIT=$(cat <<'SQL'
commit;
\set QUIET off
select :'workspace_id';
SQL
)

# load_finished TABLES WHAT: fresh statistics (the planner would otherwise guess at tables that just
# grew by millions of rows), the visibility map as autovacuum would soon leave it (index-only scans then
# skip the table), and the time taken.
load_finished() {
  if [[ -z $workspace_id ]]; then
    echo "Nothing loaded" >&2
    exit 1
  fi
  psql "$url" --no-psqlrc --quiet -v ON_ERROR_STOP=1 -c "vacuum (analyze) $1" >/dev/null
  local elapsed_ms=$((($(date +%s%N) - started) / 1000000))
  echo "Workspace '$name' loaded: $workspace_id"
  printf 'Loaded %s in %d.%03d s\n' "$2" $((elapsed_ms / 1000)) $((elapsed_ms % 1000))
}
