#!/usr/bin/env python3
"""Alert latency benchmark: 1,000 graphql-ws subscribers on one instance and a stream of publication
writes that each flip one cell; prints the latency from each write to each subscriber's alert
(p50/p95/p99) and counts alerts lost and duplicated (app.resonance.bench.AlertLatencyBenchmark).

Starts the app on a fresh scratch database (resonance_bench_alerts), then the client.

    python3 bench/alert-benchmark.py [--subscribers 1000] [--warmup 600] [--mutations 200] [--interval-ms 50]

Needs the local stack (started here when down), the app jar (./mvnw -B -q -DskipTests package) and the
bench jar (./mvnw -B -q -Pbench -pl bench package).
"""
import argparse, os, subprocess, sys

from benchlib import BENCH_JAR, KEYCLOAK, psql, start_app, start_stack, stop

DATABASE = "resonance_bench_alerts"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8098)
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--mutations", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=600, help="unmeasured writes first, for the JIT compilers")
    parser.add_argument("--channels", type=int, default=20)
    parser.add_argument("--interval-ms", type=int, default=50, help="between two writes")
    args = parser.parse_args()
    if not os.path.exists(BENCH_JAR):
        sys.exit("Missing %s: build it with ./mvnw -B -q -Pbench -pl bench package" % BENCH_JAR)
    start_stack()
    psql("drop database if exists %s" % DATABASE)
    psql("create database %s owner resonance" % DATABASE)
    app = start_app(args.port, DATABASE, "bench-alerts-app.log")
    try:
        subprocess.run(["java", "-cp", BENCH_JAR, "app.resonance.bench.AlertLatencyBenchmark",
                        "--url", "http://localhost:%d" % args.port, "--keycloak", KEYCLOAK,
                        "--subscribers", str(args.subscribers), "--warmup", str(args.warmup), "--mutations", str(args.mutations),
                        "--channels", str(args.channels), "--interval-ms", str(args.interval_ms)], check=True)
    finally:
        stop(app)


if __name__ == "__main__":
    main()
