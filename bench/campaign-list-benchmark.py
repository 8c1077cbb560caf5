#!/usr/bin/env python3
"""Campaign list benchmark (issue 18): the first page of `campaigns` with each node's roll-ups — the planned
figures of its programme (itself and all its descendants) and its budget's own and programme totals — in a
workspace of 1,000 campaigns in programme trees (100 programmes, 300 sub-campaigns, 600 below those) with
3 budget lines each. Times sequential calls through the packaged app over one keep-alive connection and
prints p50/p95 (goal: p95 <= 100 ms).

The workspace is written with SQL straight into the database (the app's Flyway migrates it first): by
default into the scratch database resonance_bench_campaigns, which the cluster's superuser makes (as
benchlib does); --database NAME uses an existing database owned by resonance instead (e.g. a test database,
when the superuser is out of reach). The campaigns' workspace is made anew on each run.

    ./mvnw -B -q -DskipTests package -pl backend
    python3 bench/campaign-list-benchmark.py [--campaigns 1000] [--page 50] [--calls 300] [--database NAME]
"""
import argparse, http.client, json, os, statistics, subprocess, sys, time, uuid

from benchlib import LOCAL, PG_PORT, psql, start_app, stop, token

SCRATCH = "resonance_bench_campaigns"
QUERY = """query($w: ID!, $first: Int) {
  campaigns(workspaceId: $w, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name type status startsOn endsOn owner businessLine parentId
      planned { invitations registrations attendees opportunities revenue }
      programmePlanned { invitations registrations attendees opportunities revenue }
      budget { currency totals { planned actual remaining } programme { planned actual remaining } }
    } }
  }
}"""

# The same page without roll-ups (the floor on this machine, for comparison).
PLAIN_QUERY = """query($w: ID!, $first: Int) {
  campaigns(workspaceId: $w, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name type status startsOn endsOn owner businessLine parentId
      planned { invitations registrations attendees opportunities revenue } } }
  }
}"""

# 100 programmes; campaigns 101-400 under them, 401-1000 under those (for 1,000; the same shares otherwise).
SEED = """
insert into workspace (id, name, created_at, created_by) values ('%(w)s', 'Campaign list benchmark %(w)s', now(), 'bench');
insert into workspace_member (workspace_id, username, added_at, added_by)
    select '%(w)s', u, now(), 'bench' from unnest(array['admin', 'analyst']) u;
insert into campaign (id, workspace_id, name, type, status, starts_on, ends_on, owner, business_line,
                      planned_invitations, planned_registrations, planned_attendees, planned_opportunities,
                      planned_revenue, parent_id, created_at, updated_at)
select md5('%(w)s' || i)::uuid, '%(w)s', 'Campaign ' || lpad(i::text, 5, '0'),
       (array['CONFERENCE','EXHIBITION','WEBINAR','MAILING','PROMO','DISCOUNT','BONUS_PROGRAM','PR_ACTION'])[1 + i %% 8],
       (array['DRAFT','PLANNED','RUNNING','COMPLETED','CANCELLED'])[1 + i %% 5],
       date '2027-01-01' + (i * 7) %% 365, date '2027-01-01' + (i * 7) %% 365 + 1 + i %% 30,
       (array['admin','analyst'])[1 + i %% 2], (array['Cloud','Hardware','Services'])[1 + i %% 3],
       100 + i %% 400, 40 + i %% 100, 30 + i %% 80, i %% 20, (1000 + i * 13.37)::numeric(14, 2),
       case when i <= %(top)d then null
            when i <= %(middle)d then md5('%(w)s' || (1 + (i - %(top)d - 1) %% %(top)d))::uuid
            else md5('%(w)s' || (%(top)d + 1 + (i - %(middle)d - 1) %% (%(middle)d - %(top)d)))::uuid end,
       now(), now()
from generate_series(1, %(n)d) i;
insert into budget_line (id, workspace_id, campaign_id, category, planned, actual, created_at)
select md5('%(w)s line' || i || '/' || k)::uuid, '%(w)s', md5('%(w)s' || i)::uuid,
       (array['VENUE','CATERING','PRINTING'])[k], (500 + i %% 700 + k * 100)::numeric(14, 2),
       (i %% 3 * 150 + k)::numeric(14, 2), now()
from generate_series(1, %(n)d) i, generate_series(1, 3) k;
analyze campaign;
analyze budget_line;
"""


def as_resonance(sql, database):
    command = ["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", "resonance", "-d", database, "-v", "ON_ERROR_STOP=1",
               "-qtAc", sql]
    return subprocess.run(command, env=dict(os.environ, PGPASSWORD="resonance"), check=True, capture_output=True,
                          text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=1000)
    parser.add_argument("--page", type=int, default=50)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--port", type=int, default=8183, help="the app's port; management on port + 1000")
    parser.add_argument("--database", help="an existing database owned by resonance, instead of the scratch one")
    args = parser.parse_args()

    database = args.database or SCRATCH
    if not args.database:
        psql("drop database if exists %s" % SCRATCH)
        psql("create database %s owner resonance" % SCRATCH)
    app = None
    try:
        os.makedirs(LOCAL, exist_ok=True)
        # The limiter stays on (its cost is part of every call), with a budget this many calls stay within.
        app = start_app(args.port, database, "bench-campaign-list-app.log",
                        ["-Dresonance.rate-limits.user.requests=1000000"])
        workspace = str(uuid.uuid4())
        top, middle = args.campaigns // 10, args.campaigns * 4 // 10
        started = time.perf_counter()
        as_resonance(SEED % {"w": workspace, "n": args.campaigns, "top": top, "middle": middle}, database)
        print("Seeded %d campaigns (%d programmes, three levels) and %d budget lines in %.1f s"
              % (args.campaigns, top, 3 * args.campaigns, time.perf_counter() - started), flush=True)

        bearer = token()
        connection = http.client.HTTPConnection("localhost", args.port, timeout=60)

        def call(query=QUERY):
            body = json.dumps({"query": query, "variables": {"w": workspace, "first": args.page}})
            connection.request("POST", "/graphql", body, {"Content-Type": "application/json",
                                                          "Authorization": "Bearer " + bearer})
            answer = json.loads(connection.getresponse().read())
            if answer.get("errors"):
                sys.exit("campaigns answered with errors: %s" % json.dumps(answer["errors"])[:2000])
            return answer["data"]["campaigns"]

        first = call()
        if first["totalCount"] != args.campaigns or len(first["edges"]) != args.page:
            sys.exit("Expected %d campaigns and a page of %d, got %s and %d"
                     % (args.campaigns, args.page, first["totalCount"], len(first["edges"])))
        programme = first["edges"][0]["node"]
        print("First node: %s, own invitations %s, with its programme %s; budget %s planned, programme %s"
              % (programme["name"], programme["planned"]["invitations"], programme["programmePlanned"]["invitations"],
                 programme["budget"]["totals"]["planned"], programme["budget"]["programme"]["planned"]), flush=True)
        for _ in range(args.warmup):
            call()
            call(PLAIN_QUERY)
        # Alternating, so that both see the same load of a shared machine.
        times, plain_times = [], []
        for _ in range(args.calls):
            for query, into in ((QUERY, times), (PLAIN_QUERY, plain_times)):
                started = time.perf_counter()
                call(query)
                into.append((time.perf_counter() - started) * 1000)
    finally:
        stop(app)
        if not args.database:
            psql("drop database if exists %s" % SCRATCH)

    times.sort()
    plain_times.sort()
    p50 = statistics.median(times)
    p95 = times[int(len(times) * 0.95) - 1]
    load = os.getloadavg()[0]
    print()
    print("Campaign list benchmark: first page of %d of %d campaigns with roll-ups (programme planned figures,"
          " budget and programme budget totals), %d sequential calls after %d warm-up, load average %.1f:"
          % (args.page, args.campaigns, args.calls, args.warmup, load))
    print("  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (goal: p95 <= 100 ms)  %s"
          % (p50, p95, times[-1], "met" if p95 <= 100 else "MISSED"))
    print("  the same page without roll-ups, alternating with it: p50 %6.1f ms  p95 %6.1f ms"
          % (statistics.median(plain_times), plain_times[int(len(plain_times) * 0.95) - 1]))


if __name__ == "__main__":
    main()
