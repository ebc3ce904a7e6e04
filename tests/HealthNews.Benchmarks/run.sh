#!/usr/bin/env bash
# The HealthNews benchmark: builds in Release, fills a SQLite database with generated articles (once per size),
# starts the portal on loopback and drives it with wrk, with the output cache on and then off, plus Kestrel
# serving the same article bytes as a static file as the reference. Writes docs/benchmarks.md.
#
#   tests/HealthNews.Benchmarks/run.sh                # 100,000 articles, 15 s per scenario, 64 connections
#   ARTICLES=20000 DURATION=5s tests/HealthNews.Benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-5099}
base="http://127.0.0.1:$PORT"
work="$root/artifacts/bench"
app="$work/app"
data="$work/data-$ARTICLES"

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; fi
fi

echo "bench: publishing Release build"
dotnet publish src/HealthNews.Web -c Release -o "$app" --nologo -v quiet >/dev/null

export ASPNETCORE_ENVIRONMENT=Production HealthNews__DataDirectory="$data" Serilog__MinimumLevel__Default=Warning \
  HealthNews__Polls__VotesPerAddressPerWindow=1000000000 \
  DOTNET_gcServer=0

# A database generated before the newest migration is made again (rendering 100,000 old rows at start-up is slower).
schema=$(ls src/HealthNews.Core/Data/Migrations/2*.cs | tail -1 | xargs basename)
if [ ! -f "$data/generated-$schema" ]; then
  echo "bench: generating $ARTICLES articles"
  rm -rf "$data" && mkdir -p "$data"
  (cd "$app" && dotnet HealthNews.Web.dll generate-content --articles "$ARTICLES" | tail -1)
  touch "$data/generated-$schema"
fi

pid=""
start_portal() { # $1 = output cache on (true) or off (false)
  (cd "$app" && HealthNews__OutputCache__Enabled="$1" ASPNETCORE_URLS="$base" exec dotnet HealthNews.Web.dll) > "$work/portal-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "bench: the portal did not start; see $work/portal-$1.log" >&2; exit 1
}
stop_portal() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

declare -A rps p50 p99 errors
run() { # $1 = name, $2 = url, [$3 = lua script]; CONNECTIONS and THREADS may be given for one run
  local script=() out
  [ -n "${3:-}" ] && script=(-s "$3")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$2" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "$2")
  rps[$1]=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  p50[$1]=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99[$1]=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  local non2xx socket
  non2xx=$(echo "$out" | awk '/Non-2xx/ { print $NF }'); socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }')
  errors[$1]=$(( ${non2xx:-0} + ${socket:-0} ))
  echo "bench: $1: ${rps[$1]} req/s, p50 ${p50[$1]}, p99 ${p99[$1]}, errors ${errors[$1]}"
}

category=hoat-dong-cua-lanh-dao-bo
declare -A memory
for cache in true false; do
  start_portal "$cache"
  article=$(curl -fs "$base/chuyen-muc/$category?page=3" | grep -o 'href="/tin-tuc/[^"]*"' | head -1 | cut -d'"' -f2)
  poll=$(curl -fs "$base/" | grep -o 'action="/tham-do-y-kien/[0-9]*/bieu-quyet"' | head -1 | grep -o '[0-9]*')
  option=$(curl -fs "$base/" | grep -o 'name="luaChon" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
  if [ "$cache" = true ]; then
    mkdir -p "$app/wwwroot/bench"
    curl -fs "$base$article" > "$app/wwwroot/bench/article.html"
    run static "$base/bench/article.html"
  fi
  tag=$([ "$cache" = true ] && echo cached || echo uncached)
  run "home-$tag" "$base/"
  run "page1-$tag" "$base/chuyen-muc/$category"
  run "page500-$tag" "$base/chuyen-muc/$category?page=500"
  run "article-$tag" "$base$article"
  run "search-$tag" "$base/tim-kiem?q=sot+xuat+huyet+ha+noi"
  # A reader's wait for one search: one connection, so the latency is the search's own, not the queue's.
  CONNECTIONS=1 THREADS=1 run "search1-$tag" "$base/tim-kiem?q=sot+xuat+huyet+ha+noi"
  BENCH_ORIGIN="$base" BENCH_OPTION="$option" run "vote-$tag" "$base/tham-do-y-kien/$poll/bieu-quyet" "$root/tests/HealthNews.Benchmarks/vote.lua"
  memory[$tag]=$(peak_mb)
  stop_portal
done

ms() { # wrk latency ("1.23ms", "850.00us", "1.02s") in milliseconds
  echo "$1" | awk '/us$/ { sub("us",""); printf "%.3f", $1/1000; next } /ms$/ { sub("ms",""); printf "%.3f", $1; next } /s$/ { sub("s",""); printf "%.3f", $1*1000 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v op="$2" -v goal="$3" 'BEGIN { ok = (op == ">=" ? v >= goal : v <= goal); print (ok ? "met" : "**missed**") }'; }

cached_ratio=$(ratio "${rps[article-cached]}" "${rps[static]}")
uncached_ratio=$(ratio "${rps[article-uncached]}" "${rps[static]}")
deep_ratio=$(ratio "$(ms "${p50[page500-uncached]}")" "$(ms "${p50[page1-uncached]}")")
total_errors=0; for k in "${!errors[@]}"; do total_errors=$((total_errors + errors[$k])); done
peak=$(( memory[cached] > memory[uncached] ? memory[cached] : memory[uncached] ))
search_p50=$(ms "${p50[search1-uncached]}")
# Sections after the generated part ("## …": comparisons recorded by hand for an issue) are kept.
history=$(awk '/^## /{ keep = 1 } keep' "$root/docs/benchmarks.md" 2>/dev/null || true)

{
  echo "# Benchmarks"
  echo
  echo "Recorded by \`tests/HealthNews.Benchmarks/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)),"
  echo "$(awk '/MemTotal/ { printf "%.0f GiB", $2/1024/1024 }' /proc/meminfo) RAM, .NET $(dotnet --version), SQLite, $ARTICLES generated articles (plus the sample content)."
  echo "wrk on the same machine: $THREADS threads, $CONNECTIONS connections, $WARMUP warm-up then $DURATION per scenario. Release build, Production settings."
  echo
  echo "| scenario | output cache | requests/s | p50 | p99 | errors |"
  echo "|---|---|---:|---:|---:|---:|"
  echo "| static file (same article bytes) | — | ${rps[static]} | ${p50[static]} | ${p99[static]} | ${errors[static]} |"
  for tag in cached uncached; do
    for s in home page1 page500 article search search1 vote; do
      name=$s; case $s in page1) name="category page 1";; page500) name="category page 500";; search) name="search, 5 words (\"sot xuat huyet ha noi\")";; search1) name="the same search, one connection";; vote) name="poll vote (POST)";; esac
      echo "| $name | $([ $tag = cached ] && echo on || echo off) | ${rps[$s-$tag]} | ${p50[$s-$tag]} | ${p99[$s-$tag]} | ${errors[$s-$tag]} |"
    done
  done
  echo
  echo "Peak memory (VmHWM) of the portal process: ${memory[cached]} MB with the cache on, ${memory[uncached]} MB with it off."
  echo
  echo "| goal | measured | |"
  echo "|---|---:|---|"
  echo "| cached article ≥ 60% of the static file | $(awk -v r="$cached_ratio" 'BEGIN { printf "%.0f%%", r*100 }') | $(verdict "$cached_ratio" ">=" 0.60) |"
  echo "| uncached article ≥ 15% of the static file | $(awk -v r="$uncached_ratio" 'BEGIN { printf "%.0f%%", r*100 }') | $(verdict "$uncached_ratio" ">=" 0.15) |"
  echo "| category page 500 within 2× the time of page 1 (p50, uncached) | ${deep_ratio}× | $(verdict "$deep_ratio" "<=" 2) |"
  echo "| zero errors at $CONNECTIONS connections | $total_errors | $(verdict "$total_errors" "<=" 0) |"
  echo "| peak memory under 400 MB with $ARTICLES articles | $peak MB | $(verdict "$peak" "<=" 400) |"
  echo "| search under 50 ms p50, uncached (one connection) | ${search_p50} ms | $(verdict "$search_p50" "<=" 50) |"
  echo
  echo "Votes are real: every request is a new voter (no cookie), so each one inserts a ballot; the rate limit is raised for the run."
  echo "Search runs on SQLite's FTS5 index: five words that each match thousands of generated articles, all required; the newest 1,000 matches ranked by bm25 (ADR-010)."
  if [ -n "$history" ]; then echo; echo "$history"; fi
} > "$root/docs/benchmarks.md"
echo "bench: wrote docs/benchmarks.md"
