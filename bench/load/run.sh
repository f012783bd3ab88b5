#!/usr/bin/env bash
# Regenerates the "Proof under load" rows of docs/benchmarks.md with one command:
#   bench/load/run.sh [quick] [nochat]
# Starts one node (Release build) on PostgreSQL (database verbinding_load) and Redis on 127.0.0.1, measures cold
# start and memory, then runs the load generator (bench/Verbinding.Load) on the same machine. "quick" shortens
# every run (for trying the script, not for publishing). Needs PostgreSQL and Redis running (./test.sh starts them).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
quick=${1:-}
nochat=${2:-}  # "nochat" skips the chat curve (the longest part) when only the other rows are re-measured
secs=60; [ "$quick" = quick ] && secs=10
pg=${VERBINDING_LOAD_PG:-Host=127.0.0.1;Port=5432;Username=verbinding;Password=verbinding;Database=verbinding_load}
port=5090
url="http://127.0.0.1:$port"
log=$(mktemp /tmp/verbinding-load-XXXX.log)

dotnet build src/Verbinding.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/Verbinding.Load -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build src/Verbinding.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
load() { dotnet bench/Verbinding.Load/bin/Release/net10.0/Verbinding.Load.dll "$@"; }
cli() {
  DOTNET_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Database__Provider=PostgreSQL ConnectionStrings__Verbinding="$pg" \
    dotnet src/Verbinding.Cli/bin/Release/net10.0/verbinding.dll "$@"
}

start_node() {
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" Logging__LogLevel__Default=Warning \
  Database__Provider=PostgreSQL ConnectionStrings__Verbinding="$pg" ConnectionStrings__Redis=127.0.0.1:6379 \
  RateLimits__Submit=100000000 RateLimits__Api=100000000 RateLimits__Verify=100000000 \
    dotnet src/Verbinding.Web/bin/Release/net10.0/Verbinding.Web.dll --contentRoot "$root/src/Verbinding.Web" >>"$log" 2>&1 &
  pid=$!
  local t0; t0=$(date +%s%N)
  until curl -fs "$url/health/ready" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "node exited; see $log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$pid/status; }
pid=""
stop_node() { [ -n "$pid" ] && kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; pid=""; }
trap 'stop_node' EXIT

# A fresh database each run: the first start below then measures migrating and seeding an empty database.
if [ -z "${VERBINDING_LOAD_PG:-}" ]; then
  PGPASSWORD=verbinding psql -q -h 127.0.0.1 -U verbinding -d postgres -c 'DROP DATABASE IF EXISTS verbinding_load WITH (FORCE)'
fi
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
start_node; stop_node
echo "cold start to ready, first start on this database (migrates, seeds when empty): $ready_ms ms"
start_node
echo "cold start to ready, existing database: $ready_ms ms"
sleep 5
echo "memory at idle (RSS): $(rss_mb) MB"
load meldingen "$url" 16 "$secs"
# Aangiftes through the application service the wizard uses (drafts, every step validated, submit, receipt and
# PDF/e-mail queued), 8 citizens at a time, in the CLI process next to the running node.
n=2000; [ "$quick" = quick ] && n=200
cli demo aangiftes --count $n --parallel 8 2>&1 >/dev/null | grep filed
load status "$url" 1000 "$secs"
chat_sizes="500 1000 2000 5000"; [ "$nochat" = nochat ] && chat_sizes=""
for n in $chat_sizes; do
  peak=0
  ( while kill -0 $pid 2>/dev/null; do r=$(rss_mb); [ "$r" -gt "$peak" ] && peak=$r && echo $peak > /tmp/verbinding-load-peak; sleep 1; done ) &
  sampler=$!
  load chat "$url" $n "$secs" 10
  kill $sampler 2>/dev/null || true
  echo "  peak RSS during chat $n: $(cat /tmp/verbinding-load-peak 2>/dev/null) MB"
done
