#!/usr/bin/env bash
# The real Keycloak server, from Maven Central, on http://localhost:$KEYCLOAK_PORT with the
# "resonance" realm of infra/keycloak. Each start imports the realm afresh (the realm file is
# the source of truth; nothing made by hand in the admin console survives a restart).
# Usage: keycloak.sh fetch|start|stop|status
set -euo pipefail
source "$(dirname "$0")/env.sh"

PID_FILE="$LOCAL_DIR/keycloak.pid"
LOG_FILE="$LOCAL_DIR/keycloak.log"
REALM_URL="$KEYCLOAK_LOCAL_URL/realms/resonance/.well-known/openid-configuration"

running() { curl -sf -o /dev/null "$REALM_URL"; }

fetch() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return
  echo "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central…"
  # Run outside any pom: dependency:copy needs no project.
  (cd "$LOCAL_DIR" && "$ROOT/mvnw" -q -B dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" -DoutputDirectory="$LOCAL_DIR")
  tar -xzf "$LOCAL_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$LOCAL_DIR"
  rm -f "$LOCAL_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
}

start() {
  # One start at a time: a second caller (a test while test.sh's early start is under way) waits
  # for the first, then finds Keycloak running.
  exec 9>"$LOCAL_DIR/keycloak.lock"
  flock 9
  if running; then echo "Keycloak already running on $KEYCLOAK_LOCAL_URL"; return; fi
  fetch
  rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/import"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/infra/keycloak/resonance-realm.json" "$KEYCLOAK_HOME/data/import/"
  # Its own process group, so stop can end kc.sh and the java it starts together.
  # Direct access grants (password logins for scripts and tests) exist in the local realm only.
  RESONANCE_DIRECT_GRANTS=true KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$((KEYCLOAK_PORT + 820))" --import-realm >"$LOG_FILE" 2>&1 < /dev/null 9>&- &
  echo $! > "$PID_FILE"
  echo -n "Starting Keycloak on $KEYCLOAK_LOCAL_URL "
  for _ in $(seq 1 240); do
    if running; then echo " ready"; return; fi
    if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
      echo " failed; last lines of $LOG_FILE:" >&2; tail -20 "$LOG_FILE" >&2; exit 1
    fi
    echo -n "."; sleep 1
  done
  echo " did not become ready in 240 s; see $LOG_FILE" >&2; exit 1
}

stop() {
  # The server's java carries this checkout's home dir: stop exactly that one, even when kc.sh
  # (whose process group the pid file names) is gone or the pid file is lost.
  local pattern="-Dkc.home.dir=$KEYCLOAK_HOME/"
  local pid=""; [ -f "$PID_FILE" ] && pid="$(cat "$PID_FILE")"
  if pgrep -f -- "$pattern" >/dev/null || { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }; then
    [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null
    pkill -TERM -f -- "$pattern" || true
    for _ in $(seq 1 30); do pgrep -f -- "$pattern" >/dev/null || break; sleep 1; done
    pkill -KILL -f -- "$pattern" || true
    echo "Keycloak stopped"
  fi
  rm -f "$PID_FILE"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) running && echo "running on $KEYCLOAK_LOCAL_URL" || { echo "not running"; exit 1; } ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac
