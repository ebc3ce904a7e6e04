#!/usr/bin/env bash
# Shared by the benchmark scripts (sourced, not run): a free loopback port, a throwaway PostgreSQL server, waiting for a
# portal to be ready, and a tool installed from Debian's packages when missing.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# need TOOL PACKAGE: installs PACKAGE when TOOL is missing (as root), or stops with the command that would.
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  else echo "$1 is missing: sudo apt-get install -y $2" >&2; exit 1; fi
}

# wait_ready URL [LOG]: waits up to a minute for the portal's /health/ready.
wait_ready() {
  for _ in $(seq 1 120); do curl -fs "$1/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the portal at $1 did not start${2:+; see $2}" >&2; exit 1
}

# start_postgresql DIR [MAX_CONNECTIONS]: a throwaway, durable PostgreSQL server in DIR on a free port, with a database
# "healthnews". Sets pgport, pg_stop, psql_run and exports the portal's database settings. Variables are global: the
# functions that use them run after this one returns.
start_postgresql() {
  pgdir=$1
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
  pgport=$(free_port)
  mkdir -p "$pgdir" && chown postgres:postgres "$pgdir" 2>/dev/null || true
  pgas=(); [ "$(id -u)" -eq 0 ] && pgas=(runuser -u postgres --)
  "${pgas[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${pgas[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-p $pgport -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pgdir -c max_connections=${2:-200}" start >/dev/null
  pg_stop() { "${pgas[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null; }
  psql_run() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d healthnews -Atc "$1"; }
  psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c "CREATE DATABASE healthnews" >/dev/null
  export Database__Provider=PostgreSQL ConnectionStrings__HealthNews="Host=127.0.0.1;Port=$pgport;Database=healthnews;Username=postgres"
  echo "PostgreSQL on port $pgport (fsync on, synchronous_commit on)"
}
