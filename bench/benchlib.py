"""Plumbing shared by the benchmark scripts: the local cluster, tokens, GraphQL calls, the app jar,
and the N-publication benchmark workspace (loaded once into a scratch database, then reused)."""
import json, os, shutil, subprocess, sys, time, urllib.error, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOCAL = os.path.join(ROOT, ".local")
# As infra/local/postgres.sh: PG_DATA and PG_PORT from the environment choose another cluster (e.g. a private one).
PG_DIR = os.environ.get("PG_DATA", os.path.join(LOCAL, "postgres"))
PG_PORT = os.environ.get("PG_PORT", "15432")
KEYCLOAK = "http://localhost:8180"
APP_JAR = os.path.join(ROOT, "backend/target/quarkus-app/quarkus-run.jar")
BENCH_JAR = os.path.join(ROOT, "bench/target/resonance-bench.jar")


def psql(sql, database="postgres"):
    """Runs SQL as the cluster's superuser over its socket (as root through the postgres user)."""
    command = ["psql", "-h", PG_DIR, "-p", PG_PORT, "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-qtAc", sql]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--"] + command
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def token(username="admin"):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "resonance-web",
                                   "username": username, "password": "demo"}).encode()
    return json.load(urllib.request.urlopen(KEYCLOAK + "/realms/resonance/protocol/openid-connect/token", form))["access_token"]


def post(url, body, bearer=None):
    headers = {"Content-Type": "application/json"}
    if bearer:
        headers["Authorization"] = "Bearer " + bearer
    request = urllib.request.Request(url, json.dumps(body).encode(), headers)
    try:
        return json.load(urllib.request.urlopen(request, timeout=60))
    except urllib.error.HTTPError as e:
        sys.exit("%s answered HTTP %d: %s" % (url, e.code, e.read()[:500]))


def checked(name, answer):
    """The data of a GraphQL answer; exits on errors (a GraphQL error still comes with HTTP 200)."""
    if answer.get("errors"):
        sys.exit("%s answered with GraphQL errors: %s" % (name, json.dumps(answer["errors"])[:2000]))
    return answer["data"]


def wait_ready(url, process, log, what, probe=None):
    for _ in range(240):
        if process.poll() is not None:
            sys.exit("%s exited (code %s); see %s" % (what, process.returncode, log))
        try:
            if probe:
                probe()
            else:
                urllib.request.urlopen(url, timeout=2)
            return
        except (OSError, ValueError):
            time.sleep(0.5)
    sys.exit("%s did not get ready in 120 s; see %s" % (what, log))


def start_stack():
    subprocess.run(["bash", os.path.join(ROOT, "infra/local/postgres.sh"), "start"], check=True)
    subprocess.run(["bash", os.path.join(ROOT, "infra/local/keycloak.sh"), "start"], check=True)


def start_app(port, database, log_name, java_options=()):
    if not os.path.exists(APP_JAR):
        sys.exit("Missing %s: build it with ./mvnw -B -q -DskipTests package" % APP_JAR)
    env = dict(os.environ, DB_URL="postgresql://127.0.0.1:%s/%s" % (PG_PORT, database), DB_USER="resonance",
               DB_PASSWORD="resonance", KEYCLOAK_URL=KEYCLOAK, PORT=str(port), MANAGEMENT_PORT=str(port + 1000))
    log = os.path.join(LOCAL, log_name)
    app = subprocess.Popen(["java", *java_options, "-jar", APP_JAR], env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    wait_ready("http://localhost:%d/q/health/ready" % (port + 1000), app, log, "The app")
    return app


def stop(process, group=False):
    if process and process.poll() is None:
        if group:
            os.killpg(process.pid, 15)
        else:
            process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9) if group else process.kill()
            process.wait()


def workspace_name(publications):
    return "API benchmark (%d publications)" % publications


def loaded_workspace(database, name, rows_sql):
    """The id of the workspace called name when rows_sql (a count over the workspace w) finds it whole, else None."""
    if psql("select count(*) from pg_database where datname = '%s'" % database) != "1":
        return None
    try:
        return psql("select w.id from workspace w where w.name = '%s' and %s" % (name, rows_sql), database) or None
    except subprocess.CalledProcessError:
        return None


def scratch_workspace(database, name, rows_sql, files, generate, loader, port, log_name, reload=False):
    """Starts the app on a scratch database holding the workspace called name, generated into files (with the
    bench jar's arguments generate) and loaded by bench/<loader> when missing or with reload; answers
    (app process, workspace id). rows_sql tells a whole workspace w from a partly loaded one."""
    workspace = None if reload else loaded_workspace(database, name, rows_sql)
    if workspace:
        print("Reusing database %s: workspace %s (%s)" % (database, workspace, name), flush=True)
        return start_app(port, database, log_name), workspace
    if not os.path.exists(BENCH_JAR):
        sys.exit("Missing %s: build it with ./mvnw -B -q -Pbench -pl bench package" % BENCH_JAR)
    if not os.path.isdir(files):
        subprocess.run(["java", "-cp", BENCH_JAR, *generate, "--out", files], check=True)
    psql("drop database if exists %s" % database)
    psql("create database %s owner resonance" % database)
    app = start_app(port, database, log_name)  # Flyway migrates the empty database
    print("Loading %s into %s ..." % (name, database), flush=True)
    subprocess.run(["bash", os.path.join(ROOT, "bench", loader), files, name],
                   check=True, env=dict(os.environ, DB_URL="postgresql://127.0.0.1:%s/%s" % (PG_PORT, database),
                                        DB_USER="resonance", DB_PASSWORD="resonance"))
    # Statistics and the visibility map, as autovacuum would leave them after a while.
    psql("vacuum analyze", database)
    workspace = loaded_workspace(database, name, rows_sql)
    if not workspace:
        sys.exit("The load left no whole workspace %s" % name)
    return app, workspace


def benchmark_workspace(database, publications, port, log_name, reload=False):
    """Starts the app on the database holding the N-publication workspace; answers (app process, workspace id)."""
    return scratch_workspace(
        database, workspace_name(publications),
        "(select count(*) from publication p where p.workspace_id = w.id) = %d" % publications,
        os.path.join(LOCAL, "bench-%d" % publications),
        ["app.resonance.bench.GenerateWorkspace", "--publications", str(publications)],
        "load-workspace.sh", port, log_name, reload)


# wrk: POSTs one JSON body and prints its figures as one line that wrk_post parses.
WRK_SCRIPT = """wrk.method = "POST"
wrk.body = [==[%(body)s]==]
wrk.headers["Content-Type"] = "application/json"
%(auth)s
function done(summary, latency, requests)
  io.write(string.format("WRK-RESULT %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end
"""


def ensure_wrk():
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, stdout=subprocess.DEVNULL)


def wrk_post(url, body, bearer, threads, connections, seconds, warmup=False):
    """Load with wrk; answers req/s, p50/p95/p99 (ms), requests and socket errors. Exits on non-2xx answers
    (unless warming up)."""
    path = os.path.join(LOCAL, "bench-wrk.lua")
    auth = 'wrk.headers["Authorization"] = "Bearer %s"' % bearer if bearer else ""
    with open(path, "w") as f:
        f.write(WRK_SCRIPT % {"body": json.dumps(body), "auth": auth})
    try:
        out = subprocess.run(["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--timeout", "30s",
                              "-s", path, url], check=True, capture_output=True, text=True).stdout
    finally:
        os.remove(path)  # holds a bearer token
    line = next((l for l in out.splitlines() if l.startswith("WRK-RESULT")), None)
    if not line:
        sys.exit("wrk printed no result:\n" + out)
    requests, duration_us, p50, p95, p99, status_errors, socket_errors, timeouts = map(int, line.split()[1:])
    if status_errors and not warmup:
        sys.exit("%s: %d non-2xx answers, %d socket errors, %d timeouts during the load\n%s"
                 % (url, status_errors, socket_errors, timeouts, out))
    return {"rps": requests / (duration_us / 1e6), "p50": p50 / 1000, "p95": p95 / 1000, "p99": p99 / 1000,
            "requests": requests, "socket_errors": socket_errors + timeouts}


class ImportApi:
    """Uploads, imports and their jobs through the API, as a user of the SPA does them."""

    def __init__(self, base):
        self.base = base
        self.token = token()

    def graphql(self, query, **variables):
        self.token = token()  # Keycloak's access tokens live 5 minutes; an import may take longer
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

    def wait(self, workspace, job, steps=None):
        """Polls the job until it ends; appends (seconds since the first poll, step) to steps at each new step."""
        first = time.time()
        while True:
            state = self.graphql("query($w: ID!, $j: ID!) { importJob(workspaceId: $w, id: $j) { state step rowsWritten"
                                 " problemCount rowsCreated rowsUpdated rowsUnchanged message problems { line column message } } }", w=workspace, j=job)["importJob"]
            if steps is not None and (not steps or steps[-1][1] != state["step"]):
                steps.append((time.time() - first, state["step"]))
            if state["state"] in ("SUCCEEDED", "FAILED"):
                return state
            time.sleep(0.1)
