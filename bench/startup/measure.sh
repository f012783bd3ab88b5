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
    if ! kill -0 "$pid" 2>/dev/null; then
      # A busy shared machine can run out of inotify instances (config reload watchers): start again, up to 3 times.
      if grep -q "inotify instances" "$log" && [ "${attempt:-0}" -lt 3 ]; then attempt=$(( ${attempt:-0} + 1 )); start_node; return; fi
      echo "node exited; see $log"; exit 1
    fi
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 )); attempt=0
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
  cat "$log" >>"$log.all"
  times+=("$ready_ms"); cpus+=("$cpu_ms")
  echo "ready in $ready_ms ms (CPU $cpu_ms ms)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "median $(median "${times[@]}") ms, CPU $(median "${cpus[@]}") ms (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
echo "phases (median over the starts; own time, the at-times are since the process started):"
grep -hE 'Verbinding\.Startup' -A1 "$log.all" | grep -vE '^(--|info:|warn:)' | sed -E 's/^ +//' |
  sed -E 's/ \(at [0-9]+ ms\)//; s/^(.*[^0-9])([0-9]+) ms$/\1|\2/' |
  awk -F'|' '{ if (!($1 in n)) order[++k] = $1; v[$1, ++n[$1]] = $2 }
    END { for (i = 1; i <= k; i++) { p = order[i]; m = n[p]; for (a = 1; a <= m; a++) s[a] = v[p, a];
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (s[b] < s[a]) { t = s[a]; s[a] = s[b]; s[b] = t }
      printf "  %-75s %6d ms\n", p, (m % 2) ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2 } }'
rm -f "$log" "$log.all"
