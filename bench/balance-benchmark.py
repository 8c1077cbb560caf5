#!/usr/bin/env python3
"""Matrix benchmark: mediaBalance over a 90-day window of the 1,000,000-publication workspace
(30 segments × 200 channels, 4 brands), through the API under a few concurrent dashboards, next to the
same matrix computed by one plain SQL aggregate over the publications and their assessments.

Reuses the scratch database of bench/api-benchmark.py (resonance_bench_api; generated and loaded when
missing). Prints p50/p95/p99 and requests/s of the API (medians of the rounds), the median time of the
plain SQL aggregate, and their ratio; exits non-zero when the two disagree on the matrix.

    python3 bench/balance-benchmark.py [--matrix grid|cells] [--publications 1000000] [--rounds 3] [--duration 15]
                                       [--connections 4]
"""
import argparse, json, os, re, statistics, subprocess, sys, time

from benchlib import ROOT, benchmark_workspace, checked, ensure_wrk, post, psql, start_stack, stop, token, wrk_post

DATABASE = "resonance_bench_api"
WINDOW_DAYS = 90

# What the SPA's dashboard asks for, read from its own query: the roll-ups and the matrix as columns (`grid`,
# every figure of the cells); with --matrix cells, the same matrix as `cells` objects instead.
with open(os.path.join(ROOT, "frontend/src/modules/balance/graphql/MediaBalance.graphql")) as dashboard_query:
    QUERY = dashboard_query.read()
CELLS = """cells { segmentId channelId weight clientPresence competitors { brandId presence publications }
         competitorPressure gap shareOfVoice urgency publications clientPublications }"""
# The same matrix straight from the publications: presence per brand, C, g, share of voice, urgency.
PLAIN_SQL = """
with sums as (
    select a.segment_id, p.channel_id, p.brand_id, sum(a.impact) as impact,
           sum(a.impact * case a.sentiment when 'POSITIVE' then 1.0 when 'NEUTRAL' then 0.5 else -1.0 end) as tone
    from publication p join assessment a on a.publication_id = p.id
    where p.workspace_id = '%(w)s' and p.published_at >= '%(from)s' and p.published_at < '%(to)s'
    group by 1, 2, 3),
cell as (
    select s.id as segment_id, c.id as channel_id, s.reaction_weight as r, coalesce(cw.weight, 0) as w
    from segment s cross join channel c
    left join channel_weight cw on cw.segment_id = s.id and cw.channel_id = c.id
    where s.workspace_id = '%(w)s' and c.workspace_id = '%(w)s'),
per_brand as (
    select cell.*, b.kind, cell.w * coalesce(sums.tone, 0) as presence, coalesce(sums.impact, 0) as impact
    from cell cross join brand b
    left join sums on sums.segment_id = cell.segment_id and sums.channel_id = cell.channel_id and sums.brand_id = b.id
    where b.workspace_id = '%(w)s'),
matrix as (
    select segment_id, channel_id,
           r * (coalesce(max(presence) filter (where kind = 'COMPETITOR'), 0)
                - coalesce(max(presence) filter (where kind = 'CLIENT'), 0)) as gap,
           sum(impact) filter (where kind = 'CLIENT') / nullif(sum(impact), 0) as share_of_voice
    from per_brand group by segment_id, channel_id, r)
select segment_id, channel_id, gap, share_of_voice,
       case when gap >= 2 then 'IMMEDIATE' when gap >= 1 then 'MODERATE' when gap > 0 then 'SECONDARY' else 'NONE' end
from matrix"""


def wrk(url, body, args, seconds, warmup=False):
    return wrk_post(url, body, token(), 1, args.connections, seconds, warmup)


def plain_sql_times(sql, repeats):
    """Milliseconds per run of the plain aggregate (psql's \\timing, output discarded), plus its rows."""
    script = "\\o /dev/null\n\\timing on\n" + (sql + ";\n") * repeats
    command = ["psql", "-h", "127.0.0.1", "-p", os.environ.get("PG_PORT", "15432"), "-U", "resonance", "-d", DATABASE, "-qX"]
    out = subprocess.run(command, input=script, env=dict(os.environ, PGPASSWORD="resonance"), check=True,
                         capture_output=True, text=True).stdout
    times = [float(t) for t in re.findall(r"Time: ([0-9.]+) ms", out)]
    rows = [line.split("|") for line in psql(sql, DATABASE).splitlines()]
    return times, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--publications", type=int, default=1_000_000)
    parser.add_argument("--port", type=int, default=8097)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=15, help="seconds per measured run")
    parser.add_argument("--warmup", type=int, default=15)
    parser.add_argument("--connections", type=int, default=4, help="concurrent dashboards")
    parser.add_argument("--sql-runs", type=int, default=5)
    parser.add_argument("--matrix", choices=["grid", "cells"], default="grid", help="the matrix as columns or as cells")
    args = parser.parse_args()
    ensure_wrk()
    start_stack()

    app = None
    try:
        app, workspace = benchmark_workspace(DATABASE, args.publications, args.port, "bench-balance-app.log")
        to = psql("select (max(published_at) at time zone 'UTC')::date + 1 from publication where workspace_id = '%s'"
                  % workspace, DATABASE)
        start = psql("select '%s'::date - %d" % (to, WINDOW_DAYS))
        shape = psql("select (select count(*) from segment where workspace_id = '%(w)s') || ' segments x ' ||"
                     " (select count(*) from channel where workspace_id = '%(w)s') || ' channels, ' ||"
                     " (select count(*) from brand where workspace_id = '%(w)s') || ' brands, ' ||"
                     " (select count(*) from publication where workspace_id = '%(w)s' and published_at >= '%(from)s'"
                     " and published_at < '%(to)s') || ' publications in the window'"
                     % {"w": workspace, "from": start, "to": to}, DATABASE)
        print("Window %s .. %s (%d days): %s" % (start, to, WINDOW_DAYS, shape), flush=True)

        url = "http://localhost:%d/graphql" % args.port
        query = QUERY if args.matrix == "grid" else re.sub(r"grid \{[^}]*\}", CELLS, QUERY)
        body = {"query": query, "variables": {"workspaceId": workspace, "from": start, "to": to}}
        balance = checked("Resonance", post(url, body, token()))["mediaBalance"]
        size = len(json.dumps(balance))

        sql_times, sql_rows = plain_sql_times(PLAIN_SQL % {"w": workspace, "from": start, "to": to}, args.sql_runs)
        # Same matrix? Same cells, the same gaps and urgencies.
        if args.matrix == "grid":
            channels = [c["channel"]["id"] for c in balance["channels"]]
            grid = balance["grid"]
            ours = {(s["segment"]["id"], channel): {"gap": grid["gap"][i * len(channels) + j], "urgency": grid["urgency"][i * len(channels) + j]}
                    for i, s in enumerate(balance["segments"]) for j, channel in enumerate(channels)}
        else:
            ours = {(c["segmentId"], c["channelId"]): c for c in balance["cells"]}
        if len(ours) != len(sql_rows):
            sys.exit("The API answered %d cells, the plain aggregate %d" % (len(ours), len(sql_rows)))
        for segment, channel, gap, share, urgency in sql_rows:
            cell = ours[(segment, channel)]
            if abs(cell["gap"] - float(gap)) > 1e-6 or cell["urgency"] != urgency:
                sys.exit("Cell %s x %s: API g %s %s, plain SQL g %s %s" % (segment, channel, cell["gap"], cell["urgency"], gap, urgency))
        print("The API and the plain aggregate agree on all %d cells (gaps and urgencies); response %d KB"
              % (len(ours), size // 1024), flush=True)

        # The first read after a change computes the matrix from the daily sums (nothing cached yet).
        fresh = []
        bearer = token()
        for _ in range(5):
            psql("select balance_bump_version('%s')" % workspace, DATABASE)
            started = time.perf_counter()
            checked("Resonance", post(url, body, bearer))
            fresh.append((time.perf_counter() - started) * 1000)
        print("First read after a change (5 times): median %.0f ms" % statistics.median(fresh), flush=True)

        wrk(url, body, args, args.warmup, warmup=True)
        results = []
        for round_number in range(1, args.rounds + 1):
            result = wrk(url, body, args, args.duration)
            results.append(result)
            print("  round %d  %6.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms"
                  % (round_number, result["rps"], result["p50"], result["p95"], result["p99"]), flush=True)
    finally:
        stop(app)

    def median(key):
        return statistics.median(r[key] for r in results)

    sql_median = statistics.median(sql_times)
    print()
    print("Matrix benchmark: mediaBalance (the dashboard's query, matrix as %s) over %d days of a %d-publication workspace (%s),"
          % (args.matrix, WINDOW_DAYS, args.publications, shape.split(",")[0] + "," + shape.split(",")[1]))
    print("wrk -t1 -c%d, %d rounds of %d s, medians:" % (args.connections, args.rounds, args.duration))
    print("  API (Resonance)          %7.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms"
          % (median("rps"), median("p50"), median("p95"), median("p99")))
    print("  plain SQL aggregate      one statement over publications x assessments: median %.1f ms of %d runs (psql, one at a time)"
          % (sql_median, len(sql_times)))
    print("  plain SQL / API p50      %5.2f x" % (sql_median / median("p50")))
    print("  first read after a change: median %.0f ms (reads the window's daily sums; later reads use the cache)"
          % statistics.median(fresh))
    print("  API p95                  %7.1f ms  (goal: <= 50 ms)  %s" % (median("p95"), "met" if median("p95") <= 50 else "MISSED"))


if __name__ == "__main__":
    main()
