#!/usr/bin/env bash
# Regenerates the "Proof under load" table (docs/benchmarks/latest.md) with one command:
#   bench/load/run.sh [--runs N] [--with-monitor] [--out FILE] [quick] [nochat]
# Every measurement is repeated N times (default 3, or RUNS=N): each run drops and creates the database
# verbinding_load, starts one node (Release build) on PostgreSQL and Redis on 127.0.0.1, measures cold start and idle
# memory, then drives it with the load generator (bench/Verbinding.Load) and the CLI on the same machine.
# bench/load/summarise.py turns the runs' numbers (one JSON object per measurement) into one markdown table with the
# median and min-max of each row. Needs PostgreSQL and Redis running (./test.sh starts them).
#   quick           short windows and fewer aangiftes, for trying the script: written to /tmp, never published
#   nochat          skips the chat curve (the longest part)
#   --with-monitor  also loads 1,000,000 survey responses and times the Politiemonitor (bench/monitor; ~20 min more;
#                   SKIP_LOAD=1 re-measures an already loaded database). Without it the last published number is
#                   carried over from docs/benchmarks/monitor-last.json and marked so.
# The body is one { ... } block so bash reads it whole before running: editing this file during a run is then safe.
{
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
command_line="bench/load/run.sh${*:+ $*}"; [ -n "${RUNS:-}" ] && command_line="RUNS=$RUNS $command_line"
runs=${RUNS:-3}; quick=""; nochat=""; monitor=""; out=""
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift ;;
    --with-monitor) monitor=yes ;;
    --out) out=$2; shift ;;
    quick) quick=quick ;;
    nochat) nochat=nochat ;;
    full) ;;  # the old spelling of "not quick"
    *) echo "unknown argument $1 (usage: bench/load/run.sh [--runs N] [--with-monitor] [--out FILE] [quick] [nochat])" >&2; exit 2 ;;
  esac
  shift
done
# Measurement windows (seconds). Full: 30 s for meldingen and the status API at a fixed rate, 15 s for each
# max-throughput run, 40 s per chat size (each conversation sends ~4 messages at ~10 s think time).
# Aangifte submits over HTTP: every citizen first signs in and walks the wizard (untimed, ~25 requests each), so the
# numbers stay small enough for about a minute per run.
if [ "$quick" = quick ]; then secs=10; max_secs=5; chat_secs=10; aangiftes=200; submit_warmup=100; http_submits=100; http_warmup=50
else secs=30; max_secs=15; chat_secs=40; aangiftes=2000; submit_warmup=1000; http_submits=1000; http_warmup=1000; fi
[ -n "$out" ] || { [ "$quick" = quick ] && out=/tmp/verbinding-bench-quick.md || out=docs/benchmarks/latest.md; }
case $runs in ''|*[!0-9]*|0) echo "the number of runs must be a positive whole number" >&2; exit 2 ;; esac
raw="${out%.md}.jsonl"
pg=${VERBINDING_LOAD_PG:-Host=127.0.0.1;Port=5432;Username=verbinding;Password=verbinding;Database=verbinding_load}
port=${VERBINDING_LOAD_PORT:-5090}
url="http://127.0.0.1:$port"
tmp=$(mktemp -d /tmp/verbinding-load-XXXX)
log=$tmp/node.log
mkdir -p "$(dirname "$out")"
# Collected in $tmp and copied next to the table at the end: an interrupted run leaves the published pair untouched.
collected=$tmp/raw.jsonl

# One JSON object per measurement, tagged with the run number: record KEY FIELD VALUE [FIELD VALUE ...]
run=0
record() {
  local key=$1; shift
  python3 -c 'import json,sys; a=sys.argv; d={"run": int(a[1]), "key": a[2]}
for k, v in zip(a[3::2], a[4::2]): d[k] = v
print(json.dumps(d))' "$run" "$key" "$@" >>"$collected"
}
tag() { sed "s/^{/{\"run\": $run, /" >>"$collected"; }

started=$(date +%s)  # the duration in the table includes the Release builds: it is what the person running this waits
# The load average before the builds: whether something else was running. After them it shows only the builds.
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
dotnet build src/Verbinding.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/Verbinding.Load -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build src/Verbinding.Cli -c Release -nologo -clp:ErrorsOnly >/dev/null
# A failed measurement leaves its row one value short (the runs column shows it) instead of ending the whole run.
load() { dotnet bench/Verbinding.Load/bin/Release/net10.0/Verbinding.Load.dll "$@" --json | tag || echo "load generator failed: $*" >&2; }
cli() {
  DOTNET_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Database__Provider=PostgreSQL ConnectionStrings__Verbinding="$pg" \
    dotnet src/Verbinding.Cli/bin/Release/net10.0/verbinding.dll "$@"
}

start_node() {
  # Another node on the port would answer the readiness probe instead of ours.
  if curl -fs "$url/health/live" >/dev/null 2>&1; then echo "port $port is in use (set VERBINDING_LOAD_PORT)" >&2; exit 1; fi
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" Logging__LogLevel__Default=Warning \
  Database__Provider=PostgreSQL ConnectionStrings__Verbinding="$pg" ConnectionStrings__Redis=127.0.0.1:6379 \
  RateLimits__Submit=100000000 RateLimits__Api=100000000 RateLimits__Verify=100000000 \
  Notifications__PickupDirectory="$tmp/mail" \
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
# The node writes every e-mail it sends as a file (Development has no SMTP host): into $tmp/mail, removed at the end,
# not into the repository's data/mail (a full run leaves some 25,000 files).
trap 'stop_node; rm -rf "$tmp/mail"' EXIT

# The other helper's submit-only mode may not exist in this build yet: its row then says "not available".
measure_submit=""
help=$(cli demo aangiftes --help 2>&1 || true)
case $help in *--warmup*) measure_submit=yes ;; esac

record meta loadStart "$load_start" date "$(date -u +%Y-%m-%dT%H:%MZ)" \
  commit "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (uncommitted changes)')" \
  command "$command_line" raw "$(basename "$raw")" runs "$runs" quick "$quick" nochat "$nochat" monitor "$monitor" \
  cores "$(nproc)" cpu "$(lscpu | sed -n 's/^Model name: *//p')" \
  ram "$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)" \
  os "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)" \
  dotnet "$(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -1) (SDK $(dotnet --version))" \
  postgres "$(PGPASSWORD=verbinding psql -tA -h 127.0.0.1 -U verbinding -d postgres -c 'SHOW server_version' 2>/dev/null | cut -d' ' -f1)" \
  windows "meldingen and status at a fixed rate ${secs} s, each max-throughput run ${max_secs} s, each chat size ${chat_secs} s, ${aangiftes} aangiftes, ${http_submits} aangifte submits over HTTP after ${http_warmup} untimed"

for run in $(seq "$runs"); do
  echo "== run $run of $runs ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # A fresh database each run: the first start below then measures migrating and seeding an empty database.
  if [ -z "${VERBINDING_LOAD_PG:-}" ]; then
    PGPASSWORD=verbinding psql -q -h 127.0.0.1 -U verbinding -d postgres -c 'DROP DATABASE IF EXISTS verbinding_load WITH (FORCE)'
  fi
  start_node; stop_node
  record cold_empty ms "$ready_ms"
  start_node
  record cold_existing ms "$ready_ms"
  sleep 5
  record idle_rss mb "$(rss_mb)"
  load meldingen "$url" 16 "$secs"
  # This shared VM's speed varies by half from hour to hour: one core's SHA-256 rate, taken right before the aangifte
  # rows, shows a slow moment in the table instead of leaving it to be guessed from the results.
  record calibration mbps "$(openssl speed -seconds 2 -bytes 16384 -evp sha256 2>/dev/null | awk '/^sha256/ {printf "%.0f", $NF / 1000}')"
  # Aangiftes through the application service the wizard uses (drafts, every step validated, submit, receipt and
  # PDF/e-mail queued), 8 citizens at a time, in the CLI process next to the running node.
  line=$(cli demo aangiftes --count $aangiftes --parallel 8 2>&1 >/dev/null | grep '^filed' || true)
  echo "${line:-aangiftes through the wizard: no 'filed' line}" >&2
  record aangiftes_wizard line "$line"
  if [ -n "$measure_submit" ]; then
    # The rate is a sustained one: the first submits warm the process up (JIT, pools) untimed, as on a running node.
    line=$(cli demo aangiftes --count $aangiftes --warmup $submit_warmup --parallel 8 --measure-submit 2>&1 \
      | grep -E '^(submitted|submit per)' | paste -sd'|' - || true)
    echo "${line:-aangifte submissions: no 'submitted' line}" >&2
    record aangiftes_submit line "$line"
  else
    echo "aangifte submissions on prepared drafts: not available (no --measure-submit in this CLI)" >&2
  fi
  # The same submit as a citizen's browser makes it, through the node: signed in with the DigiD simulator, on the
  # review page (setup, untimed), then the review page's POST and the redirect to the receipt page, 8 at a time (the
  # summary's row names the 8).
  load aangiftes "$url" "$http_submits" 8 --warmup "$http_warmup" --node-pid "$pid"
  # The node's dispatcher holds e-mail back while it is busy (Notifications:MaxDeferral): how long after the burst until
  # every queued e-mail is sent. Waiting for it also keeps the sending out of the next measurement.
  drain_start=$(date +%s%N); unsent=""
  for _ in $(seq 1 600); do
    unsent=$(PGPASSWORD=verbinding psql -tA -h 127.0.0.1 -U verbinding -d verbinding_load \
      -c "SELECT count(*) FROM \"OutboxNotifications\" WHERE \"Status\" IN ('Pending', 'Sending', 'Failed')" 2>/dev/null || echo "?")
    [ "$unsent" = 0 ] && break
    sleep 0.5
  done
  drain_s=$(( ($(date +%s%N) - drain_start) / 1000000 ))
  echo "e-mails after the HTTP submits: all sent ${drain_s} ms after the burst (unsent at the end: ${unsent})" >&2
  [ "$unsent" = 0 ] && record mail_drain ms "$drain_s"
  load status "$url" 1000 "$secs" --max-seconds "$max_secs"
  chat_sizes="500 1000 2000 5000"; [ "$nochat" = nochat ] && chat_sizes=""
  for n in $chat_sizes; do
    echo 0 >"$tmp/peak"
    ( peak=0; while kill -0 $pid 2>/dev/null; do r=$(rss_mb); [ "$r" -gt "$peak" ] && peak=$r && echo $peak >"$tmp/peak"; sleep 1; done ) &
    sampler=$!
    load chat "$url" "$n" "$chat_secs" 10
    kill $sampler 2>/dev/null || true; wait $sampler 2>/dev/null || true
    record "chat_${n}_rss" mb "$(cat "$tmp/peak")"
  done
  stop_node
done

if [ -n "$monitor" ]; then
  # quick loads 20,000 responses into a database of its own (the 1M one stays for SKIP_LOAD=1): enough to try the
  # path, never a result (the summary does not carry it over).
  responses=1000000; monitor_db=monitor_bench
  [ "$quick" = quick ] && responses=20000 && monitor_db=monitor_bench_quick
  echo "== Politiemonitor: $responses responses on PostgreSQL (bench/monitor/load-and-measure.sh)"
  MONITOR_PG_DB=$monitor_db bench/monitor/load-and-measure.sh postgres "$responses" 5 | tee "$tmp/monitor.txt" >&2
  run=0; record monitor text "$(cat "$tmp/monitor.txt")" responses "$responses"
fi
record end loadEnd "$(cut -d' ' -f1-3 /proc/loadavg)" seconds "$(( $(date +%s) - started ))"
python3 bench/load/summarise.py "$collected" --monitor-last docs/benchmarks/monitor-last.json >"$tmp/table.md"
cp "$collected" "$raw"; cp "$tmp/table.md" "$out"
echo "wrote $out (raw numbers: $raw; node log: $log)"
exit
}
