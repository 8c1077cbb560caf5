#!/usr/bin/env bash
# Runs every test: backend (real PostgreSQL and Keycloak, started by the tests when not
# running), frontend units (Vitest) and browser tests (Playwright driving Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")"
infra/local/prerequisites.sh --browser

# The tests reuse a running PostgreSQL and Keycloak. Started here, Keycloak boots while Maven builds,
# and the stack stays up across test profiles and ITs (a restart costs about 20 s each time);
# stopped at the end when this script started it.
mkdir -p .local
stop_list=()
cleanup() { for service in "${stop_list[@]}"; do infra/local/"$service" stop || true; done; }
trap cleanup EXIT
infra/local/postgres.sh status >/dev/null 2>&1 || { infra/local/postgres.sh start; stop_list+=(postgres.sh); }
if ! infra/local/keycloak.sh status >/dev/null 2>&1; then
  stop_list+=(keycloak.sh)
  infra/local/keycloak.sh start > .local/keycloak-start.log 2>&1 &
fi
export RESONANCE_KEEP_STACK=1
./mvnw -B verify "$@"
