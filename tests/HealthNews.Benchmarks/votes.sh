#!/usr/bin/env bash
# Votes at the speed of a hot poll (issue 15, ADR-014). For SQLite and then PostgreSQL (a throwaway server on a free
# loopback port, durable: fsync and synchronous_commit on), starts the Release portal on a fresh database holding one
# open poll, drives it with wrk at 64 connections (each request a new voter: no cookie), then counts the ballots in the
# database and compares them with the votes wrk saw answered. Prints a Markdown table for docs/benchmarks.md.
#
#   tests/HealthNews.Benchmarks/votes.sh                  # 15 s per database
#   DURATION=30s CONNECTIONS=64 tests/HealthNews.Benchmarks/votes.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-5098}
base="http://127.0.0.1:$PORT"
work="$root/artifacts/bench-votes"
app="$root/artifacts/bench/app"

. tests/HealthNews.Benchmarks/lib.sh
for tool in wrk sqlite3 psql; do
  command -v "$tool" >/dev/null || { echo "votes: $tool is missing (apt-get install -y wrk sqlite3 postgresql)" >&2; exit 1; }
done
echo "votes: publishing Release build"
dotnet publish src/HealthNews.Web -c Release -o "$app" --nologo -v quiet >/dev/null
rm -rf "$work" && mkdir -p "$work"
export ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning DOTNET_gcServer=0 \
  HealthNews__Polls__VotesPerAddressPerWindow=1000000000 HealthNews__DataDirectory="$work/data"

declare -A rps p50 p99 answered ballots
measure() { # $1 = name; $2 = a command that prints the number of ballots
  (cd "$app" && dotnet HealthNews.Web.dll generate-content --articles 0 | tail -1)
  (cd "$app" && ASPNETCORE_URLS="$base" exec dotnet HealthNews.Web.dll) > "$work/portal-$1.log" 2>&1 &
  local pid=$!
  wait_ready "$base" "$work/portal-$1.log"
  local poll option
  poll=$(curl -fs "$base/" | grep -o 'action="/tham-do-y-kien/[0-9]*/bieu-quyet"' | head -1 | grep -o '[0-9]*')
  option=$(curl -fs "$base/" | grep -o 'name="luaChon" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
  local url="$base/tham-do-y-kien/$poll/bieu-quyet" warm out
  warm=$(BENCH_ORIGIN="$base" BENCH_OPTION="$option" wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s tests/HealthNews.Benchmarks/vote.lua "$url")
  out=$(BENCH_ORIGIN="$base" BENCH_OPTION="$option" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s tests/HealthNews.Benchmarks/vote.lua "$url")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rps[$1]=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  p50[$1]=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99[$1]=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  local errors; errors=$(echo "$out" "$warm" | awk '/Non-2xx/ { n += $NF } END { print n + 0 }')
  [ "$errors" -eq 0 ] || { echo "votes: $1 answered $errors error(s); see $work/portal-$1.log" >&2; exit 1; }
  answered[$1]=$(echo "$warm" "$out" | awk '/requests in/ { n += $1 } END { print n }')
  ballots[$1]=$(eval "$2")
  echo "votes: $1: ${rps[$1]} votes/s, p50 ${p50[$1]}, p99 ${p99[$1]}; ${answered[$1]} answered, ${ballots[$1]} ballots stored"
}

measure sqlite "sqlite3 $work/data/healthnews.db 'SELECT count(*) FROM PollBallots'"
start_postgresql "$work/pg"
# The pool of the measurements in docs/benchmarks.md (Npgsql's default then); the key secret Production requires on a
# server database (ADR-016), for this throwaway run only.
export Database__MaxPoolSize=100 DataProtection__KeySecret="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
trap 'pg_stop' EXIT
measure postgresql "psql_run 'SELECT count(*) FROM \"PollBallots\"'"

echo
echo "| database | votes/s | p50 | p99 | votes answered | ballots stored |"
echo "|---|---:|---:|---:|---:|---:|"
for db in sqlite postgresql; do
  echo "| $db | ${rps[$db]} | ${p50[$db]} | ${p99[$db]} | ${answered[$db]} | ${ballots[$db]} |"
done
