#!/usr/bin/env python3
"""Import benchmark: N publications with 3 assessments each, from CSV, through the real API.

Generates a workspace with the bench generator, starts the app on a scratch database, imports the
segments, channels, brands and weights lists and then the publications file exactly as a user
would (upload, startPublicationImport, poll importJob), and compares the time with `psql \\copy`
of the same file into a bare table. Prints the figures; exits non-zero when the import fails.

    python3 bench/import-benchmark.py [--publications 1000000] [--port 8095]

Needs the local stack (infra/local), the app jar (./mvnw -B -DskipTests package) and the bench jar
(./mvnw -B -Pbench -pl bench package); it starts PostgreSQL and Keycloak itself when they are down.
"""
import argparse, os, subprocess, sys, time

from benchlib import BENCH_JAR, LOCAL, ImportApi as Api, psql, start_app, start_stack

DATABASE = "resonance_bench_import"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--publications", type=int, default=1_000_000)
    parser.add_argument("--port", type=int, default=8095)
    args = parser.parse_args()

    start_stack()
    files = os.path.join(LOCAL, "bench-%d" % args.publications)
    if not os.path.exists(os.path.join(files, "publications.csv")):
        subprocess.run(["java", "-jar", BENCH_JAR, "--publications", str(args.publications), "--out", files], check=True)

    psql("drop database if exists %s" % DATABASE)
    psql("create database %s owner resonance" % DATABASE)
    app = start_app(args.port, DATABASE, "bench-app.log")
    try:
        base = "http://localhost:%d" % args.port
        api = Api(base)
        workspace = api.graphql("mutation($n: String!) { createWorkspace(input: { name: $n }) { id } }",
                                n="Import benchmark")["createWorkspace"]["id"]
        for kind, name in [("SEGMENTS", "segments"), ("CHANNELS", "channels"), ("BRANDS", "brands"), ("CHANNEL_WEIGHTS", "weights")]:
            job = api.graphql("mutation($w: ID!, $u: ID!, $k: ImportKind!) { startImport(workspaceId: $w, uploadId: $u, kind: $k) { id } }",
                              w=workspace, u=api.upload(os.path.join(files, name + ".csv")), k=kind)["startImport"]["id"]
            if api.wait(workspace, job)["state"] != "SUCCEEDED":
                sys.exit("the %s import failed" % kind)

        started = time.time()
        upload = api.upload(os.path.join(files, "publications.csv"))
        uploaded = time.time()
        job = api.graphql("mutation($w: ID!, $u: ID!) { startPublicationImport(workspaceId: $w, uploadId: $u) { id } }",
                          w=workspace, u=upload)["startPublicationImport"]["id"]
        steps = []
        result = api.wait(workspace, job, steps)
        finished = time.time()
        if result["state"] != "SUCCEEDED":
            sys.exit("the publication import failed: %s %s" % (result["message"], result["problems"][:5]))
    finally:
        app.terminate()
        app.wait()

    # The same rows into a bare table of text columns: what PostgreSQL itself can ingest here.
    columns = ", ".join("c%d text" % i for i in range(17))
    psql("create table copy_baseline (%s)" % columns, DATABASE)
    copy_started = time.time()
    psql("\\copy copy_baseline from '%s' with (format csv, header true)" % os.path.join(files, "publications.csv"), DATABASE)
    copy_seconds = time.time() - copy_started
    psql("drop database %s" % DATABASE)

    imported = finished - uploaded
    print()
    print("Import of %d publications with 3 assessments each (CSV):" % args.publications)
    print("  upload                  %7.1f s" % (uploaded - started))
    print("  import (check + write)  %7.1f s   %8.0f publications/s   (goal: 50,000/s)" % (imported, args.publications / imported))
    print("  psql \\copy, bare table  %7.1f s   %8.0f rows/s" % (copy_seconds, args.publications / copy_seconds))
    print("  import / \\copy          %7.1f x slower" % (imported / copy_seconds))
    print("  steps, as importJob showed them: %s" % " → ".join("%s at %.1f s" % (step, at) for at, step in steps))


if __name__ == "__main__":
    main()
