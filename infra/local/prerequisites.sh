#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks (Debian packages), and only that.
# Usage: prerequisites.sh [--browser]   (--browser adds Chromium for the browser tests)
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
command -v curl >/dev/null || missing+=(curl)
# A real load balancer for the tests that run several app instances (SharedFilesIT).
command -v haproxy >/dev/null || missing+=(haproxy)
[ "${1:-}" = "--browser" ] && { [ -x /usr/bin/chromium ] || missing+=(chromium); }
for tool in java node npm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: this machine kind ships it, install it first" >&2; exit 1; }
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages)…"
  sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
