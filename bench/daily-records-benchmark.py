#!/usr/bin/env python3
"""Daily records benchmark: the target groups' history (recordTargetGroupHistory) and the quality record
(recordBaseQuality) of the 1,000,000-contact workspace, the work of the two daily jobs (issue goal: both
within 60 s).

Both write, so this runs on a COPY of the customer-base benchmark database (made here with
`createdb -T resonance_bench_customers`, which needs no connection to that database; about 5 GB), never on
the original. It starts the app jar on the copy (Flyway brings it to the current schema) with the GraphQL
time limit raised, so the on-demand mutations run to the end as the jobs do, then times:
  - the first history record of every target group in the copy (every member joins: a full copy, once);
  - a second record the same day (the daily case: the members now, diffed against the last record);
  - the quality record.

    python3 bench/daily-records-benchmark.py [--database resonance_bench_cdups] [--port 8122]

Needs the local stack running and the app jar (./mvnw -B -q -DskipTests package). PG_DATA names the
cluster's directory (its socket) when it is not this checkout's .local/postgres.
"""
import argparse, json, os, subprocess, sys, time, urllib.request

from benchlib import PG_DIR, PG_PORT, psql, start_app, stop, token

SOURCE = "resonance_bench_customers"
HISTORY = """mutation History($w: ID!) {
  recordTargetGroupHistory(workspaceId: $w) { targetGroupId size joined left }
}"""
QUALITY = """mutation Quality($w: ID!) { recordBaseQuality(workspaceId: $w) { contacts suspectedDuplicates } }"""


def post_long(url, body, bearer):
    """A GraphQL call that may take minutes (benchlib's post gives up after 60 s)."""
    request = urllib.request.Request(url, json.dumps(body).encode(),
                                     {"Content-Type": "application/json", "Authorization": "Bearer " + bearer})
    answer = json.load(urllib.request.urlopen(request, timeout=1800))
    if answer.get("errors"):
        sys.exit("GraphQL errors: %s" % json.dumps(answer["errors"])[:2000])
    return answer["data"]


def timed(url, bearer, query, workspace):
    started = time.perf_counter()
    data = post_long(url, {"query": query, "variables": {"w": workspace}}, bearer)
    return time.perf_counter() - started, data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default="resonance_bench_cdups")
    parser.add_argument("--port", type=int, default=8122)
    args = parser.parse_args()
    if args.database == SOURCE:
        sys.exit("This benchmark writes: give it a copy, not %s" % SOURCE)
    if psql("select count(*) from pg_database where datname = '%s'" % args.database) != "1":
        command = ["createdb", "-h", PG_DIR, "-p", PG_PORT, "-U", "postgres", "-T", SOURCE, "-O", "resonance",
                   args.database]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--"] + command
        subprocess.run(command, check=True)
    workspace = psql("select id from workspace where name like 'Customers (%% contacts)'", args.database)
    contacts = int(psql("select count(*) from contact where workspace_id = '%s'" % workspace, args.database))
    groups = int(psql("select count(*) from target_group where workspace_id = '%s'" % workspace, args.database))
    if groups == 0:
        sys.exit("The copy has no target groups: run bench/customer-base-benchmark.py once first")

    app = start_app(args.port, args.database, "bench-daily-app.log", ["-Dresonance.graphql.timeout=1800s"])
    try:
        url = "http://localhost:%d/graphql" % args.port
        bearer = token("admin")
        first_s, first = timed(url, bearer, HISTORY, workspace)
        again_s, again = timed(url, bearer, HISTORY, workspace)
        quality_s, quality = timed(url, bearer, QUALITY, workspace)
        print()
        print("Workspace %s: %d contacts, %d target groups" % (workspace, contacts, groups))
        print("Target group history, first record (every member joins): %.1f s; sizes %s" % (
            first_s, [day["size"] for day in first["recordTargetGroupHistory"]]))
        # A day recorded again adds its changes to the day's counts: the difference is this record's.
        pairs = list(zip(first["recordTargetGroupHistory"], again["recordTargetGroupHistory"]))
        print("Target group history, a later record (diff against the last): %.1f s; joined %s, left %s" % (
            again_s, [b["joined"] - a["joined"] for a, b in pairs], [b["left"] - a["left"] for a, b in pairs]))
        record = quality["recordBaseQuality"]
        print("Quality record: %.1f s (%d contacts, %d suspected duplicates)" % (
            quality_s, record["contacts"], record["suspectedDuplicates"]))
        print("Daily history + quality: %.1f s   [goal <= 60 s]" % (again_s + quality_s))
    finally:
        stop(app)


if __name__ == "__main__":
    main()
