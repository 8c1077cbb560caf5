#!/usr/bin/env python3
"""Supplier ranking benchmark (issue 18, goal p95 <= 50 ms): supplierRanking (the best 20, the default) for one
service over a workspace of 500 suppliers with 20 rated engagements each (four criteria: 40,000 scores) and a quote each, through the API of
the app jar; prints p50/p95/p99 of the round trip.

Starts the app on the database (default a fresh scratch database resonance_bench_suppliers, made as the cluster's
superuser like the other benchmarks; --database with --keep uses an existing one the app may migrate), makes a
workspace through the API and writes its suppliers, engagements, scores and quotes with SQL (seeded).

    python3 bench/supplier-ranking-benchmark.py [--suppliers 500] [--engagements 20] [--runs 300] [--port 8085]

Needs the local stack (started here when down) and the app jar (./mvnw -B -q -DskipTests package).
"""
import argparse, statistics, subprocess, time

from benchlib import PG_PORT, checked, post, psql, start_app, start_stack, stop, token

RANKING = """query Ranking($w: ID!, $category: BudgetCategory!, $amount: BigDecimal!) {
  supplierRanking(workspaceId: $w, category: $category, amount: $amount) {
    fitting overBudget withoutQuote
    suppliers { rank quote headroom supplier { id name }
      score { overall engagements ratedEngagements onTimeRate lastEngagedOn criteria { criterion { name } score ratings } } }
  }
}"""
# The smallest query of the same workspace (one short statement), as the floor of a round trip on this machine.
BASELINE = """query Criteria($w: ID!) { ratingCriteria(workspaceId: $w) { id name weight } }"""
WORKSPACE = """mutation W($name: String!) { createWorkspace(input: {name: $name}) { id } }"""

# Suppliers offering PRINTING (all of them) and another service; 20 engagements each over the last five years,
# every one rated on every criterion; a PRINTING quote between 1,000 and 20,000.
DATA = """
select setseed(0.18);
insert into supplier (id, workspace_id, name, services)
select gen_random_uuid(), '{w}', 'Bench supplier ' || lpad(i::text, 4, '0'),
       case when i % 2 = 0 then array['PRINTING', 'POSTAGE'] else array['PRINTING', 'STAND'] end
from generate_series(1, {suppliers}) i;
insert into supplier_quote (workspace_id, supplier_id, service, amount, updated_at)
select '{w}', s.id, 'PRINTING', round((1000 + random() * 19000)::numeric, 2), now()
from supplier s where s.workspace_id = '{w}';
insert into supplier_engagement (id, workspace_id, supplier_id, service, amount, engaged_on, on_time, created_at)
select gen_random_uuid(), '{w}', s.id, 'PRINTING', round((500 + random() * 20000)::numeric, 2),
       current_date - (random() * 1825)::int, random() < 0.8, now()
from supplier s, generate_series(1, {engagements}) n where s.workspace_id = '{w}';
insert into supplier_rating (workspace_id, engagement_id, criterion_id, score, rated_by, rated_at)
select '{w}', e.id, c.id, 1 + (random() * 4)::int, 'admin', now()
from supplier_engagement e join rating_criterion c on c.workspace_id = e.workspace_id
where e.workspace_id = '{w}';
-- What the app does in the transaction of each rating (R__supplier_scores_refresh.sql).
select supplier_scores_refresh(array(select id from supplier where workspace_id = '{w}'));
"""


def sql(database, statement):
    return subprocess.run(["psql", "postgresql://resonance:resonance@127.0.0.1:%s/%s" % (PG_PORT, database),
                           "-v", "ON_ERROR_STOP=1", "-qtAc", statement], check=True, capture_output=True, text=True).stdout


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8085)
    parser.add_argument("--database", default="resonance_bench_suppliers")
    parser.add_argument("--keep", action="store_true", help="use the database as it is (do not drop and create it)")
    parser.add_argument("--suppliers", type=int, default=500)
    parser.add_argument("--engagements", type=int, default=20)
    parser.add_argument("--amount", default="15000")
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    start_stack()
    if not args.keep:
        psql("drop database if exists %s" % args.database)
        psql("create database %s owner resonance" % args.database)
    # One user asks hundreds of times a minute: above the per-user rate limit (240 a minute) on purpose.
    app = start_app(args.port, args.database, "bench-suppliers-app.log",
                    ["-Dresonance.rate-limits.user.requests=1000000"])
    try:
        url = "http://localhost:%d/graphql" % args.port
        bearer = token("admin")
        workspace = checked("createWorkspace", post(url, {"query": WORKSPACE, "variables": {
            "name": "Supplier benchmark %d" % int(time.time())}}, bearer))["createWorkspace"]["id"]
        started = time.perf_counter()
        sql(args.database, DATA.format(w=workspace, suppliers=args.suppliers, engagements=args.engagements))
        sql(args.database, "analyze supplier, supplier_quote, supplier_engagement, supplier_rating, rating_criterion,"
                            " supplier_criterion_score, supplier_track_record")
        print("Workspace %s: %d suppliers x %d engagements x 4 scores written in %.1f s"
              % (workspace, args.suppliers, args.engagements, time.perf_counter() - started), flush=True)
        def measure(name, query, variables):
            times, data = [], None
            for run in range(args.warmup + args.runs):
                if run % 200 == 0:
                    bearer = token("admin")  # access tokens live 5 minutes
                began = time.perf_counter()
                data = checked(name, post(url, {"query": query, "variables": variables}, bearer))
                if run >= args.warmup:
                    times.append((time.perf_counter() - began) * 1000)
            return times, data

        floor, _ = measure("ratingCriteria", BASELINE, {"w": workspace})
        times, data = measure("supplierRanking", RANKING, {"w": workspace, "category": "PRINTING", "amount": args.amount})
        ranking = data["supplierRanking"]
        print("supplierRanking(PRINTING, %s): %d fit (the best %d listed), %d over budget, %d without quote; best %s (%.3f)"
              % (args.amount, ranking["fitting"], len(ranking["suppliers"]), ranking["overBudget"], ranking["withoutQuote"],
                 ranking["suppliers"][0]["supplier"]["name"], ranking["suppliers"][0]["score"]["overall"]))
        print("round trip over %d runs: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (goal p95 <= 50 ms)"
              % (len(times), statistics.median(times), percentile(times, 95), percentile(times, 99)), flush=True)
        print("floor (ratingCriteria, one short statement): p50 %.1f ms, p95 %.1f ms"
              % (statistics.median(floor), percentile(floor, 95)), flush=True)
    finally:
        stop(app)


if __name__ == "__main__":
    main()
