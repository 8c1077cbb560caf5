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
import argparse, json, os, subprocess, sys, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PG_DIR = os.path.join(ROOT, ".local", "postgres")
PG_PORT = os.environ.get("PG_PORT", "15432")
KEYCLOAK = "http://localhost:8180"
DATABASE = "resonance_bench_import"


def psql(sql, database="postgres"):
    """Runs SQL as the cluster's superuser over its socket (as root through the postgres user)."""
    command = ["psql", "-h", PG_DIR, "-p", PG_PORT, "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-qtAc", sql]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--"] + command
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


class Api:
    def __init__(self, base):
        self.base = base
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "resonance-web",
                                       "username": "admin", "password": "demo"}).encode()
        self.token = json.load(urllib.request.urlopen(KEYCLOAK + "/realms/resonance/protocol/openid-connect/token", form))["access_token"]

    def graphql(self, query, **variables):
        request = urllib.request.Request(self.base + "/graphql", json.dumps({"query": query, "variables": variables}).encode(),
                                         {"Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
        answer = json.load(urllib.request.urlopen(request))
        if answer.get("errors"):
            sys.exit("GraphQL error: %s" % answer["errors"])
        return answer["data"]

    def upload(self, path):
        out = subprocess.run(["curl", "-sf", "-H", "Authorization: Bearer " + self.token, "-F", "file=@" + path,
                              self.base + "/api/uploads"], check=True, capture_output=True, text=True).stdout
        return json.loads(out)["uploadId"]

    def wait(self, workspace, job):
        while True:
            state = self.graphql("query($w: ID!, $j: ID!) { importJob(workspaceId: $w, id: $j) { state rowsWritten problemCount"
                                 " message problems { line column message } } }", w=workspace, j=job)["importJob"]
            if state["state"] in ("SUCCEEDED", "FAILED"):
                return state
            time.sleep(0.1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--publications", type=int, default=1_000_000)
    parser.add_argument("--port", type=int, default=8095)
    args = parser.parse_args()

    subprocess.run(["bash", os.path.join(ROOT, "infra/local/postgres.sh"), "start"], check=True)
    subprocess.run(["bash", os.path.join(ROOT, "infra/local/keycloak.sh"), "start"], check=True)
    files = os.path.join(ROOT, ".local", "bench-%d" % args.publications)
    if not os.path.exists(os.path.join(files, "publications.csv")):
        subprocess.run(["java", "-jar", os.path.join(ROOT, "bench/target/resonance-bench.jar"),
                        "--publications", str(args.publications), "--out", files], check=True)

    psql("drop database if exists %s" % DATABASE)
    psql("create database %s owner resonance" % DATABASE)
    env = dict(os.environ, DB_URL="postgresql://127.0.0.1:%s/%s" % (PG_PORT, DATABASE), DB_USER="resonance",
               DB_PASSWORD="resonance", KEYCLOAK_URL=KEYCLOAK, PORT=str(args.port))
    app = subprocess.Popen(["java", "-jar", os.path.join(ROOT, "backend/target/quarkus-app/quarkus-run.jar")], env=env,
                           stdout=open(os.path.join(ROOT, ".local", "bench-app.log"), "w"), stderr=subprocess.STDOUT)
    try:
        base = "http://localhost:%d" % args.port
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/q/health/ready")
                break
            except OSError:
                time.sleep(0.5)
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
        result = api.wait(workspace, job)
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


if __name__ == "__main__":
    main()
