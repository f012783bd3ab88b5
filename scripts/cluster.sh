#!/usr/bin/env bash
# Two Verbinding nodes on loopback sharing one PostgreSQL database and one Redis (SignalR backplane).
#   scripts/cluster.sh start   builds (Release), creates the database if needed, starts node A (:5081) then node B (:5082)
#   scripts/cluster.sh stop    stops both nodes (by PID)
#   scripts/cluster.sh status  shows each node's readiness
# Settings (environment): VERBINDING_CLUSTER_PG (Npgsql connection string, default: local role verbinding),
# VERBINDING_CLUSTER_DB (database name, default verbinding_cluster), VERBINDING_CLUSTER_REDIS (default 127.0.0.1:6379).
# The nodes run in the Development environment (demo accounts, simulated DigiD); logs in .cluster/node-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state="$root/.cluster"
db=${VERBINDING_CLUSTER_DB:-verbinding_cluster}
local_pg="Host=127.0.0.1;Port=5432;Username=verbinding;Password=verbinding"
pg=${VERBINDING_CLUSTER_PG:-$local_pg}
redis=${VERBINDING_CLUSTER_REDIS:-127.0.0.1:6379}
dll="$root/src/Verbinding.Web/bin/Release/net10.0/Verbinding.Web.dll"
ports=(5081 5082)

start_node() { # name port
  local name=$1 port=$2
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Database__Provider=PostgreSQL ConnectionStrings__Verbinding="$pg;Database=$db" ConnectionStrings__Redis="$redis" \
    nohup dotnet "$dll" --contentRoot "$root/src/Verbinding.Web" >"$state/node-$name.log" 2>&1 &
  echo $! >"$state/node-$name.pid"
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && { echo "node $name ready on http://127.0.0.1:$port (pid $(cat "$state/node-$name.pid"))"; return 0; }
    kill -0 "$(cat "$state/node-$name.pid")" 2>/dev/null || { echo "node $name exited; see $state/node-$name.log"; tail -20 "$state/node-$name.log"; return 1; }
    sleep 0.5
  done
  echo "node $name not ready after 60 s; see $state/node-$name.log"; return 1
}

stop_node() { # name
  local pidfile="$state/node-$1.pid"
  [ -f "$pidfile" ] || return 0
  kill "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
}

case "${1:-}" in
  start)
    mkdir -p "$state"
    dotnet build "$root/src/Verbinding.Web" -c Release -nologo -clp:ErrorsOnly >/dev/null
    # Node A migrates and seeds first; B then starts on a ready schema (both migrate-on-start idempotently).
    start_node a "${ports[0]}"
    start_node b "${ports[1]}"
    ;;
  stop)
    stop_node a; stop_node b; echo "stopped"
    ;;
  status)
    for i in 0 1; do
      name=$([ $i -eq 0 ] && echo a || echo b)
      code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$i]}/health/ready" || true)
      echo "node $name :${ports[$i]} ready=$code"
    done
    ;;
  *) echo "usage: scripts/cluster.sh start|stop|status"; exit 2 ;;
esac
