#!/usr/bin/env bash
# A private PostgreSQL cluster for local runs and tests: data in .local/postgres, port $PG_PORT,
# databases "resonance" (app) and "resonance_test" (tests), owner resonance/resonance.
# PG_DATA and PG_PORT from the environment give another cluster beside it, e.g. a test's own that it
# restarts (datafile/DatabaseRestartIT); PG_DATA must then be a directory the server's user can reach.
# Usage: postgres.sh start|stop|restart|status
set -euo pipefail
GIVEN_PG_DATA="${PG_DATA:-}"
source "$(dirname "$0")/env.sh"

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$PG_BIN/pg_ctl" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; exit 1; }

# The server refuses to run as root: as root, act as the "postgres" OS user (from a directory it
# may enter).
as_db_owner() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# That user must reach the data directory. A checkout inside a private directory (mktemp -d makes
# them mode 700) is out of its reach: the cluster of such a checkout lives under /var/tmp instead.
if [ -n "$GIVEN_PG_DATA" ]; then
  PG_DATA="$GIVEN_PG_DATA"
elif [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$LOCAL_DIR"; then
  PG_DATA="/var/tmp/resonance-postgres-$(printf %s "$ROOT" | cksum | cut -d' ' -f1)"
fi

running() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; }

# Imports write millions of rows in one transaction: with the defaults (1 GB of WAL, 128 MB of
# buffers) PostgreSQL checkpoints every few seconds and spends its time writing full pages.
TUNING="-c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=15min -c wal_buffers=64MB"

start() {
  if running; then echo "PostgreSQL already running on port $PG_PORT"; return; fi
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DATA"
    as_db_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  as_db_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 $TUNING" start >/dev/null
  local psql=(as_db_owner "$PG_BIN/psql" -h "$PG_DATA" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
  if [ -z "$("${psql[@]}" -c "select 1 from pg_roles where rolname = 'resonance'")" ]; then
    "${psql[@]}" -c "create role resonance login password 'resonance'"
  fi
  for db in resonance resonance_test; do
    if [ -z "$("${psql[@]}" -c "select 1 from pg_database where datname = '$db'")" ]; then
      "${psql[@]}" -c "create database $db owner resonance"
    fi
  done
  echo "PostgreSQL running on port $PG_PORT (data in $PG_DATA)"
}

stop() {
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    as_db_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null && echo "PostgreSQL stopped"
  fi
}

# A fast restart cuts every connection (running transactions roll back), as a failover or an upgrade does.
restart() {
  as_db_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -m fast -w -t 60 restart >/dev/null
  echo "PostgreSQL restarted on port $PG_PORT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  status) running && echo "running on port $PG_PORT" || { echo "not running"; exit 1; } ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
