#!/usr/bin/env bash
# Runs every test suite of HealthNews: Core, Web and browser tests, with nothing skipped.
# The suites use real parts: SQLite files, a throwaway PostgreSQL 15 server that the tests start
# themselves from Debian's binaries, and Debian's Chromium for the browser tests. When a system
# package is missing this script installs it (as root, or through passwordless sudo), or stops and
# prints the command that would.
# Extra arguments go to `dotnet test` (e.g. --logger trx).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  echo "tests/run.sh: installing ${missing[*]} for the test suites" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  else
    echo "tests/run.sh: missing ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

exec dotnet test HealthNews.sln "$@"
