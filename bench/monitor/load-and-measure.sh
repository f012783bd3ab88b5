#!/usr/bin/env bash
# Politiemonitor load test: generate N survey responses through the real storage code, then time every report
# grouping (median of RUNS fresh CLI processes; elapsedMs is measured inside the CLI, after the connection is open).
#
# usage: bench/monitor/load-and-measure.sh sqlite|postgres COUNT [RUNS]
#   sqlite:   database file $MONITOR_DB (default /tmp/monitor_bench.db)
#   postgres: database $MONITOR_PG_DB (default monitor_bench) on 127.0.0.1 (user/password verbinding), dropped and created
#   CLI:      $VERBINDING (default: the Release build of src/Verbinding.Cli)
# Set SKIP_LOAD=1 to measure an already loaded database.
set -euo pipefail
provider=${1:?sqlite|postgres}; count=${2:?count}; runs=${3:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${VERBINDING:-$root/src/Verbinding.Cli/bin/Release/net10.0/verbinding}
[ -x "$cli" ] || dotnet build -c Release "$root/src/Verbinding.Cli" >/dev/null

case $provider in
  sqlite)
    export Database__Provider=Sqlite
    db=${MONITOR_DB:-/tmp/monitor_bench.db}
    export ConnectionStrings__Verbinding="Data Source=$db"
    [ -n "${SKIP_LOAD:-}" ] || rm -f "$db" "$db-wal" "$db-shm" ;;
  postgres)
    export Database__Provider=PostgreSQL
    base="Host=127.0.0.1;Username=verbinding;Password=verbinding"
    db=${MONITOR_PG_DB:-monitor_bench}
    export ConnectionStrings__Verbinding="$base;Database=$db;Command Timeout=600"
    if [ -z "${SKIP_LOAD:-}" ]; then
      PGPASSWORD=verbinding psql -h 127.0.0.1 -U verbinding -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    fi ;;
  *) echo "unknown provider $provider" >&2; exit 2 ;;
esac

if [ -z "${SKIP_LOAD:-}" ]; then
  "$cli" db migrate >/dev/null
  start=$(date +%s)
  "$cli" demo survey-responses --count "$count"
  echo "load: $count responses in $(( $(date +%s) - start )) s"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for group in eenheid basisteam channel contact-type topic month wout; do
  times=$(for _ in $(seq "$runs"); do
    "$cli" monitor report --group-by "$group" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["elapsedMs"])'
  done | tr '\n' ' ')
  echo "report --group-by $group: median $(echo "$times" | tr ' ' '\n' | grep . | median) ms (runs: $times)"
done

# The dashboard: one process (like the web server), report + trend + item drivers per view, national and one unit.
echo "dashboard views, national (first run and median of $runs later runs, ms):"
"$cli" monitor timing --runs "$runs"
echo "dashboard views, one unit analyst (rotterdam):"
"$cli" monitor timing --runs "$runs" --eenheid rotterdam
