#!/usr/bin/env bash
# Loads the CSV files of GenerateWorkspace straight into PostgreSQL as a new workspace (members
# admin, analyst, viewer), for API benchmarks that need a big workspace fast. Bypasses the app: the
# files are \copy-ed into temporary staging tables and moved into the real tables with joins by
# name, all in one transaction, so a failed load leaves nothing behind.
#
#   bench/load-workspace.sh DIR [WORKSPACE_NAME]
#
# Connection: DB_URL (postgresql://host:port/db), DB_USER, DB_PASSWORD; defaults are the local stack.
set -euo pipefail
source "$(dirname "$0")/load-common.sh"

files=(segments channels brands weights publications)
load_arguments "$@"

workspace_id=$(psql "$url" --no-psqlrc --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 \
  -v name="$name" <<SQL
$LOAD_PREAMBLE

create temp table s_segment (name text, immersion text, reaction_weight float8, profile text, significance text) on commit drop;
create temp table s_channel (name text, type text, url text, publisher text) on commit drop;
create temp table s_brand (name text, kind text) on commit drop;
create temp table s_weight (segment text, channel text, weight float8) on commit drop;
create temp table s_publication (
    external_id text, published_at timestamptz, brand text, channel text, title text, url text, author text,
    weight float8,
    segment_1 text, impact_1 float8, sentiment_1 text,
    segment_2 text, impact_2 float8, sentiment_2 text,
    segment_3 text, impact_3 float8, sentiment_3 text) on commit drop;

\copy s_segment from '$dir/segments.csv' with (format csv, header true)
\copy s_channel from '$dir/channels.csv' with (format csv, header true)
\copy s_brand from '$dir/brands.csv' with (format csv, header true)
\copy s_weight from '$dir/weights.csv' with (format csv, header true)
\copy s_publication from '$dir/publications.csv' with (format csv, header true)

$LOAD_WORKSPACE

insert into segment (id, workspace_id, name, profile, significance, immersion, reaction_weight)
select gen_random_uuid(), :'workspace_id', name, coalesce(profile, ''), coalesce(significance, ''), immersion, reaction_weight
from s_segment;
insert into channel (id, workspace_id, name, type, url, publisher)
select gen_random_uuid(), :'workspace_id', name, type, url, publisher from s_channel;
insert into brand (id, workspace_id, name, kind)
select gen_random_uuid(), :'workspace_id', name, kind from s_brand;

insert into channel_weight (workspace_id, segment_id, channel_id, weight)
select :'workspace_id', s.id, c.id, w.weight
from s_weight w
left join segment s on s.workspace_id = :'workspace_id' and s.name = w.segment
left join channel c on c.workspace_id = :'workspace_id' and c.name = w.channel;

-- Left joins: a name missing from the other files leaves a null id, which the NOT NULL columns
-- reject, so the load fails loudly instead of dropping rows.
insert into publication (id, workspace_id, brand_id, channel_id, title, url, author, published_at, weight, external_id)
select pg_temp.time_ordered_id(:'workspace_id', p.published_at, p.external_id), :'workspace_id', b.id, c.id, p.title, p.url, p.author, p.published_at, p.weight, p.external_id
from s_publication p
left join brand b on b.workspace_id = :'workspace_id' and b.name = p.brand
left join channel c on c.workspace_id = :'workspace_id' and c.name = p.channel;

insert into assessment (workspace_id, publication_id, segment_id, impact, sentiment)
select :'workspace_id', pg_temp.time_ordered_id(:'workspace_id', p.published_at, p.external_id), s.id, a.impact, a.sentiment
from s_publication p
cross join lateral (values (p.segment_1, p.impact_1, p.sentiment_1),
                           (p.segment_2, p.impact_2, p.sentiment_2),
                           (p.segment_3, p.impact_3, p.sentiment_3)) as a(segment, impact, sentiment)
left join segment s on s.workspace_id = :'workspace_id' and s.name = a.segment;

$LOAD_COMMIT
SQL
)
load_finished "publication, assessment" "$(($(wc -l <"$dir/publications.csv") - 1)) publications"
