#!/usr/bin/env bash
# Several nodes (issue 16, ADR-015, ADR-016): nginx on loopback in front of Release portals. Measures an article's
# throughput through the balancer, output cache on and off, for SQLite on one node, and PostgreSQL + Redis on one node
# and on two; then kills one of two nodes while readers vote through the balancer and compares the votes acknowledged
# with the ballots stored. Everything runs on this machine: the nodes, nginx, PostgreSQL, Redis and wrk share its cores.
# Prints Markdown tables for docs/benchmarks.md.
#
#   tests/HealthNews.Benchmarks/nodes.sh                    # 10,000 articles, 15 s per scenario, 64 connections
#   ARTICLES=2000 DURATION=5s tests/HealthNews.Benchmarks/nodes.sh
#   SKIP_READS=1 tests/HealthNews.Benchmarks/nodes.sh        # only the votes with a node killed
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
. tests/HealthNews.Benchmarks/lib.sh
ARTICLES=${ARTICLES:-10000}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
work="$root/artifacts/bench-nodes"
app="$root/artifacts/bench/app"

need wrk wrk; need nginx nginx; need redis-server redis-server; need psql postgresql
echo "nodes: publishing Release build"
dotnet publish src/HealthNews.Web -c Release -o "$app" --nologo -v quiet >/dev/null
rm -rf "$work" && mkdir -p "$work"
export ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning DOTNET_gcServer=0 \
  HealthNews__Polls__VotesPerAddressPerWindow=1000000000 \
  DataProtection__KeySecret="$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=' | head -c 48)"
lb_port=$(free_port)
lb="http://127.0.0.1:$lb_port"

node_pids=()
start_nodes() { # $1 = name, $2 = output cache on (true/false), $3 = how many nodes; the nodes' settings come from the environment
  node_pids=()
  local servers="" i port
  for i in $(seq 1 "$3"); do
    port=$(free_port)
    (cd "$app" && HealthNews__DataDirectory="$work/$1-node$i" HealthNews__OutputCache__Enabled="$2" ASPNETCORE_URLS="http://127.0.0.1:$port" \
      exec dotnet HealthNews.Web.dll) > "$work/$1-node$i.log" 2>&1 &
    node_pids+=($!)
    wait_ready "http://127.0.0.1:$port" "$work/$1-node$i.log"
    servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
  done
  mkdir -p "$work/nginx"
  cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  upstream portal {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
}
stop_nodes() {
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -s quit 2>/dev/null || true
  for pid in "${node_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  sleep 1
}

declare -A rps p50 p99 errors
run() { # $1 = row key, $2 = url
  local out
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$2" >/dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  rps[$1]=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  p50[$1]=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99[$1]=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  errors[$1]=$(echo "$out" | awk '/Non-2xx/ { n += $NF } /Socket errors/ { split($0, f, /[ ,]+/); n += f[5] + f[7] + f[9] + f[11] } END { print n + 0 }')
  echo "nodes: $1: ${rps[$1]} req/s, p50 ${p50[$1]}, p99 ${p99[$1]}, errors ${errors[$1]}"
}
article_of() { curl -fs "$lb/chuyen-muc/hoat-dong-cua-lanh-dao-bo?page=3" | grep -o 'href="/tin-tuc/[^"]*"' | head -1 | cut -d'"' -f2; }

measure() { # $1 = configuration name, $2 = how many nodes
  for cache in true false; do
    start_nodes "$1" "$cache" "$2"
    run "$1-$cache" "$lb$(article_of)"
    stop_nodes
  done
}

# SQLite, one node: the database file in the node's own data folder.
echo "nodes: generating $ARTICLES articles (SQLite)"
(cd "$app" && HealthNews__DataDirectory="$work/sqlite-node1" dotnet HealthNews.Web.dll generate-content --articles "$ARTICLES" | tail -1)
[ -n "${SKIP_READS:-}" ] || measure sqlite 1

# PostgreSQL + Redis: one database and one Redis server for every node, media in one shared folder.
start_postgresql "$work/pg" 200
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$work" --pidfile "$work/redis.pid" >/dev/null
trap 'stop_nodes; pg_stop; kill "$(cat "$work/redis.pid")" 2>/dev/null || true' EXIT
export Redis__Configuration="127.0.0.1:$redis_port" HealthNews__MediaDirectory="$work/shared-media"
echo "nodes: generating $ARTICLES articles (PostgreSQL)"
(cd "$app" && HealthNews__DataDirectory="$work/generate" dotnet HealthNews.Web.dll generate-content --articles "$ARTICLES" | tail -1)
if [ -z "${SKIP_READS:-}" ]; then measure pg1 1; measure pg2 2; fi

# Two nodes, readers voting through the balancer; one node killed (SIGKILL) a third of the way in.
start_nodes kill true 2
poll=$(curl -fs "$lb/" | grep -o 'action="/tham-do-y-kien/[0-9]*/bieu-quyet"' | head -1 | grep -o '[0-9]*')
option=$(curl -fs "$lb/" | grep -o 'name="luaChon" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
before=$(psql_run 'SELECT count(*) FROM "PollBallots"')
(sleep 5; kill -9 "${node_pids[1]}") &
killer=$!
votes=$(BENCH_ORIGIN="$lb" BENCH_OPTION="$option" wrk -t2 -c"$CONNECTIONS" -d15s -s tests/HealthNews.Benchmarks/vote-count.lua "$lb/tham-do-y-kien/$poll/bieu-quyet")
wait "$killer"
stored=$(( $(psql_run 'SELECT count(*) FROM "PollBallots"') - before ))
acknowledged=$(echo "$votes" | awk '/^acknowledged/ { print $2 }')
refused=$(echo "$votes" | awk '/^acknowledged/ { print $4 }')
socket=$(echo "$votes" | awk '/Socket errors/ { split($0, f, /[ ,]+/); print f[5] + f[7] + f[9] + f[11] }')
echo "nodes: votes with a node killed: ${acknowledged} acknowledged, ${refused} other answers ($(echo "$votes" | awk '/^acknowledged/ { $1=$2=$3=$4=$5=""; print }' | xargs)), ${socket:-0} socket errors, ${stored} ballots stored"

echo
echo "$(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $ARTICLES generated articles, nginx $(nginx -v 2>&1 | cut -d/ -f2), wrk 2 threads, $CONNECTIONS connections, $WARMUP warm-up then $DURATION."
echo
echo "| configuration | output cache | requests/s | p50 | p99 | errors |"
echo "|---|---|---:|---:|---:|---:|"
[ -n "${SKIP_READS:-}" ] || for c in sqlite pg1 pg2; do
  name=$(case $c in sqlite) echo "SQLite, 1 node";; pg1) echo "PostgreSQL + Redis, 1 node";; pg2) echo "PostgreSQL + Redis, 2 nodes";; esac)
  for cache in true false; do
    echo "| $name | $([ $cache = true ] && echo on || echo off) | ${rps[$c-$cache]} | ${p50[$c-$cache]} | ${p99[$c-$cache]} | ${errors[$c-$cache]} |"
  done
done
echo
echo "| votes through the balancer, one of two nodes killed | acknowledged (303) | other answers | socket errors | ballots stored |"
echo "|---|---:|---:|---:|---:|"
echo "| 15 s, $CONNECTIONS connections | $acknowledged | $refused | ${socket:-0} | $stored |"
