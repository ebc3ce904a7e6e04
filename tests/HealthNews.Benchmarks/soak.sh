#!/usr/bin/env bash
# The soak (issue 15): the Release portal on the 100,000-article SQLite database of run.sh, 10 minutes at 64
# connections of a realistic mix — 90% page reads (home, category pages near and deep, articles, search), 9% votes from
# new voters, 1% editor saves and publishes through the admin area — driven by tests/HealthNews.Benchmarks/Soak.
# Prints total requests, 5xx, p50/p99 per kind, and the portal's memory and handles at minutes 1 and 10.
#
#   tests/HealthNews.Benchmarks/soak.sh              # 10 minutes
#   MINUTES=2 tests/HealthNews.Benchmarks/soak.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
MINUTES=${MINUTES:-10}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-5097}
ARTICLES=${ARTICLES:-100000}
base="http://127.0.0.1:$PORT"
work="$root/artifacts/bench-soak"
app="$root/artifacts/bench/app"
source_data="$root/artifacts/bench/data-$ARTICLES"
[ -f "$source_data/healthnews.db" ] || { echo "soak: run tests/HealthNews.Benchmarks/run.sh first (it makes $source_data)" >&2; exit 1; }

echo "soak: publishing Release build and the load generator"
dotnet publish src/HealthNews.Web -c Release -o "$app" --nologo -v quiet >/dev/null
dotnet build tests/HealthNews.Benchmarks/Soak -c Release -o "$work/soak" --nologo -v quiet >/dev/null
# A copy of the benchmark database, so that the soak's writes don't change what run.sh measures.
rm -rf "$work/data" && mkdir -p "$work/data" && sqlite3 "$source_data/healthnews.db" ".backup '$work/data/healthnews.db'"
cp -r "$source_data/media" "$work/data/media"
export ASPNETCORE_ENVIRONMENT=Production HealthNews__DataDirectory="$work/data" Serilog__MinimumLevel__Default=Warning \
  HealthNews__Polls__VotesPerAddressPerWindow=1000000000 DOTNET_gcServer=0

password="soak-$(date +%s)-mat-khau"
echo "$password" | (cd "$app" && dotnet HealthNews.Web.dll create-user --email soak@moh.gov.vn --role Editor --name "Thử tải" | tail -1)
(cd "$app" && ASPNETCORE_URLS="$base" exec dotnet HealthNews.Web.dll) > "$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

# The editor's cookie and a form token; the poll; the pages readers read.
jar="$work/cookies"; rm -f "$jar"
token() { curl -fs -b "$jar" -c "$jar" "$base$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login_token=$(token /admin/dang-nhap)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=soak@moh.gov.vn" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$login_token" "$base/admin/dang-nhap"
form_token=$(token /admin/bai-viet/tao)
# curl writes HttpOnly cookies (the sign-in's) as "#HttpOnly_<domain> …" lines.
cookie=$(awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
category=$(curl -fs -b "$jar" "$base/admin/bai-viet/tao" | grep -o '<option value="[0-9][0-9]*"' | head -1 | grep -o '[0-9]*')
[ -n "$cookie" ] && [ -n "$form_token" ] && [ -n "$category" ] || { echo "soak: the editor could not sign in (cookie, token or category missing)" >&2; exit 1; }
poll=$(curl -fs "$base/" | grep -o 'action="/tham-do-y-kien/[0-9]*/bieu-quyet"' | head -1 | grep -o '[0-9]*')
option=$(curl -fs "$base/" | grep -o 'name="luaChon" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
pages="$work/pages.txt"
{
  echo /
  for c in $(curl -fs "$base/" | grep -o 'href="/chuyen-muc/[^"]*"' | cut -d'"' -f2 | sort -u); do
    echo "$c"; echo "$c?page=2"; echo "$c?page=50"; echo "$c?page=500"
    curl -fs "$base$c?page=7" | grep -o 'href="/tin-tuc/[^"]*"' | cut -d'"' -f2 | sort -u
  done
  echo "/tim-kiem?q=sot+xuat+huyet"; echo "/tim-kiem?q=benh+vien+bach+mai"; echo "/tham-do-y-kien"
} > "$pages"
echo "soak: $(wc -l < "$pages") pages, poll $poll, category $category; $MINUTES minutes at $CONNECTIONS connections"
"$work/soak/Soak" "$base" "$MINUTES" "$CONNECTIONS" "$pid" "$cookie" "$form_token" "$category" "$poll" "$option" "$pages"
