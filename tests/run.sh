#!/usr/bin/env bash
# Runs every test suite of HealthNews: Core, Web and browser tests.
# The suites use real parts: SQLite files, a throwaway PostgreSQL 15 server and throwaway Redis servers
# that the tests start themselves from Debian's binaries, and Debian's Chromium for the browser tests. When a system
# package is missing this script installs it (as root, or through passwordless sudo), or stops and
# prints the command that would.
# SQL Server: the same data tests run on the server named by HEALTHNEWS_TEST_SQLSERVER (README,
# "Testing on SQL Server"); without it they are reported as skipped with that reason. A test skipped
# for any other reason fails the run.
# Ends with "N passed, N failed, N skipped" from the test results (TRX files in
# artifacts/test-results, or TEST_RESULTS). Extra arguments go to `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)

if [ ${#missing[@]} -gt 0 ]; then
  echo "tests/run.sh: installing ${missing[*]} for the test suites" >&2
  if [ "$(id -u)" -eq 0 ]; then
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; } || exit 1
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    { sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; } || exit 1
  else
    echo "tests/run.sh: missing ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

results="${TEST_RESULTS:-$(pwd)/artifacts/test-results}"
rm -rf "$results"
mkdir -p "$results"

# One test assembly at a time (-m:1): the browser tests' waits and the tests that start the portal as a process
# don't compete with the other suites for the machine's cores.
dotnet test HealthNews.sln -m:1 --logger "trx;LogFilePrefix=run" --results-directory "$results" "$@"
status=$?

sqlserver_reason='SQL Server: HEALTHNEWS_TEST_SQLSERVER is not set'
passed=0 failed=0 skipped=0 sqlserver_skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  # VSTest's TRX counts a skipped test as not executed but leaves notExecuted at 0: skipped = total - executed.
  skipped=$((skipped + $(value total) - $(value executed)))
  sqlserver_skipped=$((sqlserver_skipped + $(grep -o "<Message>$sqlserver_reason" "$trx" | wc -l)))
done
trx_count=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "tests/run.sh: the test command failed (exit $status) with $trx_count result file(s); counting that as a failure"
  failed=1
fi
if [ "$sqlserver_skipped" -gt 0 ]; then
  echo "tests/run.sh: $sqlserver_skipped SQL Server test(s) skipped: $sqlserver_reason; the SQLite, PostgreSQL and offline SQL Server script tests ran"
fi
other_skipped=$((skipped - sqlserver_skipped))
if [ "$other_skipped" -gt 0 ]; then
  echo "tests/run.sh: $other_skipped test(s) skipped for another reason; nothing else may be skipped (see $results)"
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$other_skipped" -eq 0 ]
