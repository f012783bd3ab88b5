#!/usr/bin/env bash
# Cold start to ready, measured N times the way bench/load/run.sh starts a node (Release build, Development settings,
# PostgreSQL + Redis on 127.0.0.1), printing each time, the median and the start-up phase timings of the last start.
#   bench/startup/measure.sh [N=5] [existing|empty]
# "existing" (default) creates the database once and then measures N starts against it; "empty" drops it before each
# start (migrating and seeding). Extra environment (e.g. DOTNET_TieredPGO=0) is passed through to the node.
# VERBINDING_DLL overrides the program (e.g. a ReadyToRun publish output). Needs PostgreSQL and Redis running.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
n=${1:-5}
mode=${2:-existing}
db=verbinding_coldstart
pg="Host=127.0.0.1;Port=5432;Username=verbinding;Password=verbinding;Database=$db"
port=5095
url="http://127.0.0.1:$port"
dll=${VERBINDING_DLL:-src/Verbinding.Web/bin/Release/net10.0/Verbinding.Web.dll}
log=$(mktemp /tmp/verbinding-coldstart-XXXX.log)
[ -n "${VERBINDING_DLL:-}" ] || dotnet build src/Verbinding.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
drop() { PGPASSWORD=verbinding psql -q -h 127.0.0.1 -U verbinding -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; }

pid=""
stop_node() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=""; }
trap stop_node EXIT
start_node() {
  : >"$log"
  env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" Logging__LogLevel__Default=Warning \
  "Logging__LogLevel__Verbinding.Startup=Information" \
  Database__Provider=PostgreSQL ConnectionStrings__Verbinding="$pg" ConnectionStrings__Redis=127.0.0.1:6379 \
    dotnet "$dll" --contentRoot "$root/src/Verbinding.Web" >>"$log" 2>&1 &
  pid=$!
  local t0; t0=$(date +%s%N)
  until curl -fs "$url/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "node exited; see $log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # CPU time the node used until ready (user + system): far less noisy than wall time on a shared machine.
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
}

echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $mode database, $n starts, commit $(git rev-parse --short HEAD)"
drop
if [ "$mode" = existing ]; then start_node; sleep 3; stop_node; fi
times=(); cpus=()
for _ in $(seq "$n"); do
  [ "$mode" = empty ] && drop
  start_node
  sleep 2  # let work that runs after readiness log its timing
  stop_node
  times+=("$ready_ms"); cpus+=("$cpu_ms")
  echo "ready in $ready_ms ms (CPU $cpu_ms ms)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "median $(median "${times[@]}") ms, CPU $(median "${cpus[@]}") ms (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
echo "phases of the last start:"
grep -E 'Verbinding\.Startup|DatabaseInitializer|AssistantWarmUp' -A1 "$log" | grep -vE '^(--|info:|warn:)' | sed 's/^ */  /' || true
rm -f "$log"
