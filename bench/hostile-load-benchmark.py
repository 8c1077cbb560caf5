#!/usr/bin/env python3
"""Normal traffic with and without a hostile client, side by side in one run.

100 normal clients: 90 connections of HTTP traffic (wrk, one process per kind of request, so that each kind
has its own latency figures): `{ me }`, a page of 50 publications with their relations, the dashboard's
media balance, and writes (a segment saved unchanged); and 10 graphql-transport-ws subscribers of `alerts`
(the bench jar's AlertLatencyBenchmark client in its own workspace, with a publication written or deleted
every 500 ms, each raising one alert). The app runs with the demo workspace. The run is done twice: alone,
then while a hostile client (the partner's service account, with its own rate budget) sends alias bombs of
20 pages of 500 publications, fragment bombs, and XLSX zip bombs to the upload and preview. Prints
p50/p95/p99 and the errors of each kind of normal request in both runs, and the ratios; for the subscribers
the latency from sending the write to the alert's arrival, and alerts lost or duplicated.

Usage: python3 bench/hostile-load-benchmark.py [--duration 180] [--port 8097]
Needs the packaged app (./mvnw -B -q -DskipTests package), the bench jar (./mvnw -B -q -Pbench -pl bench
package) and Debian's wrk (installed when missing).
"""
import argparse, io, json, os, subprocess, sys, threading, time, urllib.error, urllib.parse, urllib.request, zipfile

from benchlib import (BENCH_JAR, KEYCLOAK, LOCAL, WRK_SCRIPT, checked, ensure_wrk, post, psql, start_app, start_stack,
                      stop, token)

DATABASE = "resonance_bench_hostile"
PAGE = """query($w: ID!) { publications(workspaceId: $w, first: 50) { edges { node { id title publishedAt weight
  brand { name } channel { name } assessments { segment { name } impact sentiment } } } } }"""
BALANCE = """query($w: ID!) { mediaBalance(workspaceId: $w) { segments { segment { name } mostUrgent totalGap }
  channels { channel { name } mostUrgent totalGap } grid { urgency gap weight clientPresence competitorPressure } } }"""
WRITE = """mutation($w: ID!, $id: ID!, $input: SegmentInput!) { updateSegment(workspaceId: $w, id: $id, input: $input) { id } }"""
# Normal traffic: name, connections, body (filled in once the workspace is known); with the alert subscribers, 100.
NORMAL = [("me", 20), ("publication page", 35), ("dashboard", 25), ("write", 10)]
ALERT_SUBSCRIBERS = 10
# The alert client's writes, one every ALERT_INTERVAL_MS; its set-up (a workspace with 20 channels, subscribing)
# takes the first seconds of a run, ALERT_SETUP_S is left for it.
ALERT_INTERVAL_MS = 500
ALERT_SETUP_S = 10


def partner_token():
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "partner-api",
                                   "client_secret": "partner-secret"}).encode()
    return json.load(urllib.request.urlopen(KEYCLOAK + "/realms/resonance/protocol/openid-connect/token", form))["access_token"]


def start_wrk(name, url, body, bearer, connections, seconds):
    path = os.path.join(LOCAL, "bench-hostile-%s.lua" % name.replace(" ", "-"))
    with open(path, "w") as f:
        f.write(WRK_SCRIPT % {"body": json.dumps(body), "auth": 'wrk.headers["Authorization"] = "Bearer %s"' % bearer})
    process = subprocess.Popen(["wrk", "-t1", "-c%d" % connections, "-d%ds" % seconds, "--timeout", "30s", "-s", path, url],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return process, path


def result(process, path):
    out = process.communicate()[0]
    os.remove(path)  # holds a bearer token
    line = next((l for l in out.splitlines() if l.startswith("WRK-RESULT")), None)
    if not line:
        sys.exit("wrk printed no result:\n" + out)
    requests, duration_us, p50, p95, p99, status_errors, socket_errors, timeouts = map(int, line.split()[1:])
    return {"rps": requests / (duration_us / 1e6), "p50": p50 / 1000, "p95": p95 / 1000, "p99": p99 / 1000,
            "errors": status_errors + socket_errors + timeouts}


def start_alert_subscribers(port, seconds):
    writes = max(10, (seconds - ALERT_SETUP_S) * 1000 // ALERT_INTERVAL_MS)
    return subprocess.Popen(["java", "-cp", BENCH_JAR, "app.resonance.bench.AlertLatencyBenchmark",
                             "--url", "http://localhost:%d" % port, "--keycloak", KEYCLOAK,
                             "--subscribers", str(ALERT_SUBSCRIBERS), "--warmup", "0", "--mutations", str(writes),
                             "--interval-ms", str(ALERT_INTERVAL_MS)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def alert_result(process):
    """Deliveries expected and lost or duplicated, and the latency from a write to its alert's arrival; a client
    that failed (e.g. a write answered with an error) counts as all its deliveries lost."""
    out = process.communicate()[0]
    line = next((l for l in out.splitlines() if l.startswith("ALERT-RESULT")), None)
    if process.returncode != 0 or not line:
        print("The alert client failed (exit %s):\n%s" % (process.returncode, out[-3000:]), flush=True)
        return {"failed": True, "errors": 1, "expected": 0, "received": 0, "p50": float("nan"),
                "p95": float("nan"), "p99": float("nan")}
    expected, received, lost, duplicated = map(int, line.split()[1:5])
    p50, p95, p99 = map(float, line.split()[5:8])
    return {"failed": False, "errors": lost + duplicated, "expected": expected, "received": received,
            "p50": p50, "p95": p95, "p99": p99}


def zip_bomb():
    """An XLSX whose one sheet unpacks to 200 MB of the same bytes: a few hundred KB on the wire."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/worksheets/sheet1.xml", "<row>" + "0" * (200 * 1024 * 1024) + "</row>")
    return data.getvalue()


def upload_bombs(port, bearer, stop_at, counts):
    """Uploads the bomb and asks for its preview, again and again, until stop_at."""
    bomb, boundary = zip_bomb(), "hostile-boundary"
    body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bomb.xlsx\"\r\n"
             "Content-Type: application/octet-stream\r\n\r\n" % boundary).encode() + bomb + ("\r\n--%s--\r\n" % boundary).encode())
    while time.time() < stop_at:
        try:
            request = urllib.request.Request("http://localhost:%d/api/uploads" % port, body, {
                "Content-Type": "multipart/form-data; boundary=" + boundary, "Authorization": "Bearer " + bearer})
            upload = json.load(urllib.request.urlopen(request, timeout=60))["uploadId"]
            post("http://localhost:%d/graphql" % port, {"query": "query($u: ID!) { uploadPreview(uploadId: $u) { columns } }",
                                                        "variables": {"u": upload}}, bearer)
            counts["uploads"] += 1
        except urllib.error.HTTPError as e:
            counts["refused %d" % e.code] = counts.get("refused %d" % e.code, 0) + 1
            time.sleep(0.2)
        except SystemExit:  # benchlib.post: the preview was refused with an HTTP error (e.g. 429)
            counts["preview refused"] = counts.get("preview refused", 0) + 1
            time.sleep(0.2)


def run(args, bodies, hostile):
    url = "http://localhost:%d/graphql" % args.port
    analyst = token("analyst")
    normal = [(name, start_wrk(name, url, bodies[name], analyst, connections, args.duration)) for name, connections in NORMAL]
    subscribers = start_alert_subscribers(args.port, args.duration)
    attackers, counts, uploader = [], {"uploads": 0}, None
    if hostile:
        partner = partner_token()
        alias_bomb = {"query": "{ " + " ".join("a%d: publications(workspaceId: \"%s\", first: 500) { edges { node { id title } } }"
                                               % (i, bodies["workspace"]) for i in range(20)) + " }"}
        fragments = "query { ...F30 } fragment F0 on Query { me { username } } " + " ".join(
            "fragment F%d on Query { ...F%d ...F%d }" % (i, i - 1, i - 1) for i in range(1, 31))
        attackers = [start_wrk("alias bomb", url, alias_bomb, partner, 6, args.duration),
                     start_wrk("fragment bomb", url, {"query": fragments}, partner, 4, args.duration)]
        uploader = threading.Thread(target=upload_bombs, args=(args.port, partner, time.time() + args.duration, counts))
        uploader.start()
    figures = {name: result(*started) for name, started in normal}
    figures["alert subscribers"] = alert_result(subscribers)
    hostile_figures = [result(*started) for started in attackers]
    if uploader:
        uploader.join()
    return figures, hostile_figures, counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8097)
    parser.add_argument("--duration", type=int, default=180, help="seconds per run")
    parser.add_argument("--warmup", type=int, default=30)
    args = parser.parse_args()
    if not os.path.exists(BENCH_JAR):
        sys.exit("Missing %s: build it with ./mvnw -B -q -Pbench -pl bench package" % BENCH_JAR)
    ensure_wrk()
    start_stack()
    psql("drop database if exists %s" % DATABASE)
    psql("create database %s owner resonance" % DATABASE)
    # Normal traffic is one demo user at the rate of a hundred: give users room; the partner keeps its budget.
    os.environ.update(RESONANCE_DEMO="true", RESONANCE_RATE_LIMITS_USER_REQUESTS="100000000")
    app = start_app(args.port, DATABASE, "bench-hostile-app.log")
    try:
        url = "http://localhost:%d/graphql" % args.port
        workspace = checked("workspaces", post(url, {"query": "{ workspaces { id } }"}, token("analyst")))["workspaces"][0]["id"]
        segment = checked("segments", post(url, {"query": "query($w: ID!) { segments(workspaceId: $w) { id name immersion"
                                                 " reactionWeight } }", "variables": {"w": workspace}}, token("analyst")))["segments"][0]
        bodies = {"workspace": workspace, "me": {"query": "{ me { username } }"},
                  "publication page": {"query": PAGE, "variables": {"w": workspace}},
                  "dashboard": {"query": BALANCE, "variables": {"w": workspace}},
                  "write": {"query": WRITE, "variables": {"w": workspace, "id": segment["id"], "input": {
                      "name": segment["name"], "immersion": segment["immersion"], "reactionWeight": segment["reactionWeight"]}}}}
        for name in ("publication page", "dashboard", "write"):
            checked(name, post(url, bodies[name], token("analyst")))
        print("Warm-up: %d s of normal traffic" % args.warmup, flush=True)
        run(argparse.Namespace(port=args.port, duration=args.warmup), bodies, False)
        print("Run 1: normal traffic alone, %d s" % args.duration, flush=True)
        alone, _, _ = run(args, bodies, False)
        print("Run 2: the same with the hostile client, %d s" % args.duration, flush=True)
        attacked, hostile, counts = run(args, bodies, True)
        print("\n%-17s %31s   %31s   %s" % ("", "alone: p50 / p95 / p99 ms, errors", "attacked: p50 / p95 / p99 ms, errors",
                                           "p99 attacked / alone"))
        for name, _ in NORMAL:
            a, b = alone[name], attacked[name]
            print("%-17s %7.1f %7.1f %7.1f %5d %6.0f/s   %7.1f %7.1f %7.1f %5d %6.0f/s   %.2f×"
                  % (name, a["p50"], a["p95"], a["p99"], a["errors"], a["rps"], b["p50"], b["p95"], b["p99"], b["errors"],
                     b["rps"], b["p99"] / a["p99"]))
        a, b = alone["alert subscribers"], attacked["alert subscribers"]
        print("%-17s %7.1f %7.1f %7.1f %5d %6s     %7.1f %7.1f %7.1f %5d %6s     %.2f×"
              % ("alert delivery", a["p50"], a["p95"], a["p99"], a["errors"], "", b["p50"], b["p95"], b["p99"],
                 b["errors"], "", b["p99"] / a["p99"]))
        print("alert subscribers: %d graphql-transport-ws clients; deliveries received / expected: alone %d / %d,"
              " attacked %d / %d (errors: alerts lost or duplicated, or the client failed); latency from sending the"
              " write to the alert's arrival" % (ALERT_SUBSCRIBERS, a["received"], a["expected"], b["received"],
                                                   b["expected"]))
        print("hostile client: %s; alias bombs %.0f/s, fragment bombs %.0f/s (refused or rate-limited: non-2xx %d, %d);"
              " upload bombs: %s" % ("partner-api", hostile[0]["rps"], hostile[1]["rps"], hostile[0]["errors"],
                                    hostile[1]["errors"], counts))
    finally:
        stop(app)


if __name__ == "__main__":
    main()
