#!/usr/bin/env bash
# The browser tests drive the system Chromium (/usr/bin/chromium); Playwright never downloads one.
# Run before the browser tests on a fresh machine (CI: with VERBINDING_REQUIRE_SERVICES=1 they fail without it).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
chromium --version
