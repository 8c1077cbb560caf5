#!/usr/bin/env python3
"""API benchmark: a page of 50 publications with brand, channel and assessments, under concurrent load.

Loads a workspace of N publications (3 assessments each) into the scratch database
resonance_bench_api with bench/load-workspace.sh (once: later runs reuse it), picks a 30-day period
inside the data and the channel with the most publications in it, and sends the same query shape
to Resonance (the app jar) and to PostGraphile 4.14 (npm) on the same database, with Debian's wrk,
alternating the two servers round by round. Prints requests/s and p50/p95/p99 latency (medians of
the rounds) and the ratio Resonance / PostGraphile. Exits non-zero when a server answers with a
GraphQL error or when the two disagree on the page.

    python3 bench/api-benchmark.py [--publications 1000000] [--reload] [--rounds 3] [--duration 20]
                                   [--warmup 30] [--threads 2] [--connections 32]

Needs the local stack (infra/local; started here when down), the app jar
(./mvnw -B -q -DskipTests package), the bench jar (./mvnw -B -q -Pbench -pl bench package), Node 20
and wrk (apt-get install -y wrk: installed here when missing). PostGraphile and its connection
filter plugin are installed into .local/postgraphile (git-ignored) on first use.
"""
import argparse, json, os, resource, statistics, subprocess, sys, urllib.request

from benchlib import (LOCAL, PG_PORT, benchmark_workspace, checked, ensure_wrk, post, psql, start_stack, stop, token,
                      wait_ready, wrk_post)

DATABASE = "resonance_bench_api"
POSTGRAPHILE_DIR = os.path.join(LOCAL, "postgraphile")
POSTGRAPHILE_BIN = os.path.join(POSTGRAPHILE_DIR, "node_modules/.bin/postgraphile")
PAGE = 50

RESONANCE_QUERY = """query Page($w: ID!, $from: DateTime!, $to: DateTime!, $channel: ID!) {
  publications(workspaceId: $w, first: 50, filter: {from: $from, to: $to, channelIds: [$channel]}) {
    edges { node { id title publishedAt weight brand { name } channel { name }
                   assessments { impact sentiment segment { name } } } }
  }
}"""

POSTGRAPHILE_QUERY = """query Page($w: UUID!, $from: Datetime!, $to: Datetime!, $channel: UUID!) {
  allPublications(first: 50, orderBy: [PUBLISHED_AT_DESC, ID_DESC],
                  filter: {workspaceId: {equalTo: $w}, channelId: {equalTo: $channel},
                           publishedAt: {greaterThanOrEqualTo: $from, lessThan: $to}}) {
    nodes { id title publishedAt weight brandByWorkspaceIdAndBrandId { name } channelByWorkspaceIdAndChannelId { name }
            assessmentsByWorkspaceIdAndPublicationId { nodes { impact sentiment segmentByWorkspaceIdAndSegmentId { name } } } }
  }
}"""


def start_postgraphile(port, workers):
    log = os.path.join(LOCAL, "bench-api-postgraphile.log")
    command = [POSTGRAPHILE_BIN, "-c", "postgres://resonance:resonance@127.0.0.1:%s/%s" % (PG_PORT, DATABASE),
               "-s", "public", "-n", "127.0.0.1", "-p", str(port),
               "--append-plugins", "postgraphile-plugin-connection-filter",
               "--disable-graphiql", "--disable-query-log", "-m", "20"]
    if workers > 1:
        command += ["--cluster-workers", str(workers)]
    server = subprocess.Popen(command, env=dict(os.environ, NODE_ENV="production"), cwd=POSTGRAPHILE_DIR,
                              stdout=open(log, "w"), stderr=subprocess.STDOUT, start_new_session=True)
    url = "http://127.0.0.1:%d/graphql" % port
    wait_ready(url, server, log, "PostGraphile",
               probe=lambda: urllib.request.urlopen(urllib.request.Request(
                   url, b'{"query":"{__typename}"}', {"Content-Type": "application/json"}), timeout=2))
    return server



def cpu_ticks():
    """CPU time (clock ticks) per process: pid → (command, ticks), plus the machine's busy and total ticks."""
    processes = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/stat" % pid) as f:
                    stat = f.read()
            except OSError:
                continue
            command = stat[stat.index("(") + 1:stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2:].split()
            processes[int(pid)] = (command, int(fields[11]) + int(fields[12]), int(fields[1]))
    with open("/proc/stat") as f:
        total = [int(x) for x in f.readline().split()[1:]]
    # wrk has exited by the second snapshot: its time comes from the children's usage.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    processes[-1] = ("wrk", round((children.ru_utime + children.ru_stime) * os.sysconf("SC_CLK_TCK")), -1)
    return processes, sum(total) - total[3] - total[4], sum(total)


def cpu_split(before, after, app_pid, postgraphile_pgid):
    """Share of the machine's CPU per role during a run, in % of all cores."""
    groups = {}
    for pid, (command, ticks, pgid) in after[0].items():
        used = ticks - (before[0][pid][1] if pid in before[0] and before[0][pid][0] == command else 0)
        if pid == app_pid:
            role = "java (Resonance)"
        elif pgid == postgraphile_pgid or command == "node":
            role = "node (PostGraphile)"
        elif command == "postgres":
            role = "postgres"
        elif command.startswith("wrk"):
            role = "wrk"
        else:
            role = "other"
        groups[role] = groups.get(role, 0) + used
    total = after[2] - before[2]
    split = {role: 100.0 * ticks / total for role, ticks in groups.items()}
    split["idle"] = 100.0 * (total - (after[1] - before[1])) / total
    return split


def wrk(url, body, bearer, args, seconds, app_pid, postgraphile_pgid, warmup=False):
    before = cpu_ticks()
    result = wrk_post(url, body, bearer, args.threads, args.connections, seconds, warmup)
    result["cpu"] = cpu_split(before, cpu_ticks(), app_pid, postgraphile_pgid)
    return result


def ensure_tools():
    ensure_wrk()
    if not os.path.exists(POSTGRAPHILE_BIN):
        # connection-filter 2.x is the line for PostGraphile 4 (3.x and later want PostGraphile 5).
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", POSTGRAPHILE_DIR, "postgraphile@4.14",
                        "postgraphile-plugin-connection-filter@2"], check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--publications", type=int, default=1_000_000)
    parser.add_argument("--reload", action="store_true", help="drop and load the database even when it holds the workspace")
    parser.add_argument("--port", type=int, default=8096, help="Resonance")
    parser.add_argument("--postgraphile-port", type=int, default=5055)
    parser.add_argument("--postgraphile-workers", type=int, default=1, help="PostGraphile --cluster-workers (1: one process)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=20, help="seconds per measured run")
    parser.add_argument("--warmup", type=int, default=30, help="seconds of unmeasured load per server first")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()

    ensure_tools()
    start_stack()

    app = postgraphile = None
    try:
        app, workspace = benchmark_workspace(DATABASE, args.publications, args.port, "bench-api-app.log", args.reload)

        # A 30-day period in the middle of the data, and the channel with the most publications in it.
        start, end = psql("select date_trunc('day', min(published_at) + (max(published_at) - min(published_at)) / 2),"
                          " date_trunc('day', min(published_at) + (max(published_at) - min(published_at)) / 2) + interval '30 days'"
                          " from publication where workspace_id = '%s'" % workspace, DATABASE).split("|")
        start_iso = psql("select to_char('%s'::timestamptz at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')" % start)
        end_iso = psql("select to_char('%s'::timestamptz at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')" % end)
        channel, channel_name, in_channel, in_period = psql(
            "select p.channel_id, c.name, count(*), sum(count(*)) over () from publication p join channel c on c.id = p.channel_id"
            " where p.workspace_id = '%s' and p.published_at >= '%s' and p.published_at < '%s'"
            " group by p.channel_id, c.name order by count(*) desc, p.channel_id limit 1" % (workspace, start_iso, end_iso),
            DATABASE).split("|")
        print("Filter: %s .. %s (%s publications), channel '%s' (%s of them)"
              % (start_iso, end_iso, in_period, channel_name, in_channel))

        postgraphile = start_postgraphile(args.postgraphile_port, args.postgraphile_workers)

        resonance_url = "http://localhost:%d/graphql" % args.port
        postgraphile_url = "http://127.0.0.1:%d/graphql" % args.postgraphile_port
        resonance_body = {"query": RESONANCE_QUERY, "variables": {"w": workspace, "from": start_iso, "to": end_iso, "channel": channel}}
        postgraphile_body = {"query": POSTGRAPHILE_QUERY, "variables": {"w": workspace, "from": start_iso, "to": end_iso, "channel": channel}}

        # The same page from both, before any load: no errors, 50 rows, the same ids in the same order.
        ours = [e["node"] for e in checked("Resonance", post(resonance_url, resonance_body, token()))["publications"]["edges"]]
        theirs = checked("PostGraphile", post(postgraphile_url, postgraphile_body))["allPublications"]["nodes"]
        if len(ours) != PAGE:
            sys.exit("Resonance returned %d publications, not a full page of %d" % (len(ours), PAGE))
        if [p["id"] for p in ours] != [p["id"] for p in theirs]:
            sys.exit("The two servers disagree on the page:\n  Resonance    %s\n  PostGraphile %s"
                     % ([p["id"] for p in ours][:5], [p["id"] for p in theirs][:5]))
        if [len(p["assessments"]) for p in ours] != [len(p["assessmentsByWorkspaceIdAndPublicationId"]["nodes"]) for p in theirs]:
            sys.exit("The two servers disagree on the assessments of the page")
        print("Both return the same %d publications in the same order (%d assessments); response sizes: Resonance %d B,"
              " PostGraphile %d B" % (PAGE, sum(len(p["assessments"]) for p in ours),
                                      len(json.dumps({"data": {"publications": {"edges": [{"node": p} for p in ours]}}})),
                                      len(json.dumps({"data": {"allPublications": {"nodes": theirs}}}))))

        postgraphile_pgid = os.getpgid(postgraphile.pid)
        servers = [("Resonance", resonance_url, resonance_body, True), ("PostGraphile", postgraphile_url, postgraphile_body, False)]
        results = {name: [] for name, _, _, _ in servers}
        print("wrk -t%d -c%d: %d s warm-up each, then %d rounds of %d s, alternating"
              % (args.threads, args.connections, args.warmup, args.rounds, args.duration), flush=True)
        for name, url, body, auth in servers:
            wrk(url, body, token() if auth else None, args, args.warmup, app.pid, postgraphile_pgid, warmup=True)
        for round_number in range(1, args.rounds + 1):
            for name, url, body, auth in servers:
                # A fresh token per run: Keycloak's access tokens live 5 minutes.
                result = wrk(url, body, token() if auth else None, args, args.duration, app.pid, postgraphile_pgid)
                results[name].append(result)
                cpu = ", ".join("%s %.0f%%" % (role, share) for role, share in sorted(result["cpu"].items(), key=lambda x: -x[1])
                                if share >= 0.5)
                print("  round %d %-12s %8.0f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms   CPU: %s%s"
                      % (round_number, name, result["rps"], result["p50"], result["p95"], result["p99"], cpu,
                         "   (%d socket errors/timeouts)" % result["socket_errors"] if result["socket_errors"] else ""), flush=True)
        # Still right after the load?
        checked("Resonance", post(resonance_url, resonance_body, token()))
        checked("PostGraphile", post(postgraphile_url, postgraphile_body))
    finally:
        stop(postgraphile, group=True)
        stop(app)

    def median(name, key):
        return statistics.median(r[key] for r in results[name])

    def cpu_median(name, role):
        return statistics.median(r["cpu"].get(role, 0.0) for r in results[name])

    ours_rps, theirs_rps = median("Resonance", "rps"), median("PostGraphile", "rps")
    ours_p95 = median("Resonance", "p95")
    print()
    print("API benchmark: publications(first: 50) with brand, channel and assessments, filtered by a 30-day period and one")
    print("channel, %d publications in the workspace; wrk -t%d -c%d, %d rounds of %d s per server, medians:"
          % (args.publications, args.threads, args.connections, args.rounds, args.duration))
    print()
    print("  %-14s %10s %9s %9s %9s   %s" % ("", "req/s", "p50 ms", "p95 ms", "p99 ms", "CPU (% of 2 cores): server / postgres / wrk"))
    for name, role in [("Resonance", "java (Resonance)"), ("PostGraphile", "node (PostGraphile)")]:
        print("  %-14s %10.0f %9.1f %9.1f %9.1f   %3.0f / %3.0f / %3.0f" % (
            name, median(name, "rps"), median(name, "p50"), median(name, "p95"), median(name, "p99"),
            cpu_median(name, role), cpu_median(name, "postgres"), cpu_median(name, "wrk")))
    print()
    print("  Resonance / PostGraphile throughput  %5.2f x   (goal: >= 1.5 x)  %s"
          % (ours_rps / theirs_rps, "met" if ours_rps >= 1.5 * theirs_rps else "MISSED"))
    print("  Resonance p95                        %5.1f ms  (goal: <= 25 ms)  %s" % (ours_p95, "met" if ours_p95 <= 25 else "MISSED"))
    print("  PostGraphile / Resonance p95         %5.2f x" % (median("PostGraphile", "p95") / ours_p95))
    print()
    print("  Note: PostGraphile runs without authentication (no token validation, no membership check), one Node process%s,"
          % ("" if args.postgraphile_workers <= 1 else " x %d cluster workers" % args.postgraphile_workers))
    print("  pool 20 (as Resonance's reactive pool); Resonance validates the bearer token and checks membership on every request.")


if __name__ == "__main__":
    main()
