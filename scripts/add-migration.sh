#!/usr/bin/env bash
# Adds an EF Core migration for BOTH providers (SQLite and PostgreSQL keep separate migration folders).
# usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
proj=src/Verbinding.Web
dotnet ef migrations add "$name" --project $proj --startup-project $proj \
  --context SqliteVerbindingDbContext --output-dir Infrastructure/Data/Migrations/Sqlite
dotnet ef migrations add "$name" --project $proj --startup-project $proj \
  --context PostgresVerbindingDbContext --output-dir Infrastructure/Data/Migrations/Postgres
