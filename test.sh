#!/usr/bin/env bash
# Runs every test: backend (real PostgreSQL and Keycloak, started by the tests when not
# running), frontend units (Vitest) and browser tests (Playwright driving Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")"
infra/local/prerequisites.sh --browser
exec ./mvnw -B verify "$@"
