#!/usr/bin/env bash
# Brings up everything: PostgreSQL, Keycloak and the app with a demo workspace.
# Ctrl-C stops what this script started. DB_URL/DB_USER/DB_PASSWORD or KEYCLOAK_URL in the
# environment point the app at existing servers instead of starting local ones.
set -euo pipefail
cd "$(dirname "$0")"
source infra/local/env.sh

infra/local/prerequisites.sh

stop_list=()
app_pid=""
cleanup() {
  trap - EXIT INT TERM HUP
  echo; echo "Stopping…"
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  for service in "${stop_list[@]}"; do infra/local/"$service" stop || true; done
}
trap cleanup EXIT INT TERM HUP

if [ -z "${DB_URL:-}" ]; then
  infra/local/postgres.sh status >/dev/null 2>&1 || stop_list+=(postgres.sh)
  infra/local/postgres.sh start
  export DB_URL="postgresql://127.0.0.1:$PG_PORT/resonance" DB_USER=resonance DB_PASSWORD=resonance
fi

# Keycloak starts in the background while the app builds.
keycloak_pid=""
if [ -z "${KEYCLOAK_URL:-}" ]; then
  infra/local/keycloak.sh status >/dev/null 2>&1 || stop_list+=(keycloak.sh)
  infra/local/keycloak.sh start & keycloak_pid=$!
  export KEYCLOAK_URL="$KEYCLOAK_LOCAL_URL"
fi

APP_JAR=backend/target/quarkus-app/quarkus-run.jar
if [ ! -f "$APP_JAR" ] || [ -n "$(find pom.xml backend/pom.xml backend/src frontend/pom.xml frontend/src \
    frontend/package.json frontend/package-lock.json frontend/index.html frontend/vite.config.ts \
    -newer "$APP_JAR" -print -quit)" ]; then
  echo "Building the app…"
  ./mvnw -B -q -DskipTests package
else
  echo "The app is up to date; not rebuilding."
fi

[ -z "$keycloak_pid" ] || wait "$keycloak_pid"

RESONANCE_DEMO=true java -jar "$APP_JAR" > "$LOCAL_DIR/app.log" 2>&1 &
app_pid=$!
echo -n "Starting the app "
until curl -sf -o /dev/null http://localhost:9000/q/health/ready; do
  kill -0 "$app_pid" 2>/dev/null || { echo " failed; see $LOCAL_DIR/app.log" >&2; tail -20 "$LOCAL_DIR/app.log" >&2; exit 1; }
  echo -n "."; sleep 1
done

cat <<INFO
 ready.

  Resonance     http://localhost:8080          (log: .local/app.log)
  GraphQL       http://localhost:8080/graphql  (UI: http://localhost:8080/q/graphql-ui)
  Keycloak      $KEYCLOAK_URL            (admin console: admin / admin)

  Demo logins (password "demo"): admin, analyst, viewer — all members of the demo workspace;
  outsider is an admin of another agency and sees none of it.

Press Ctrl-C to stop.
INFO
wait "$app_pid"
