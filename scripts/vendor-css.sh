#!/usr/bin/env bash
# Vendors the NL Design System CSS into wwwroot/lib so the app and CI never need npm or a CDN.
# Re-run after changing a version below, then commit the result.
set -euo pipefail

UTRECHT_CSS_VERSION=9.0.4          # @utrecht/component-library-css (EUPL-1.2)
VOORBEELD_TOKENS_VERSION=7.4.1     # @nl-design-system-unstable/voorbeeld-design-tokens (EUPL-1.2)
# Not vendored on purpose: @utrecht/design-tokens and @rijkshuisstijl-community/design-tokens are
# proprietary brand assets ("all rights reserved"); our police look is theme.css on top of the
# open "voorbeeld" (example) tokens.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="$repo_root/src/Verbinding.Web/wwwroot/lib"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --silent \
  "@utrecht/component-library-css@$UTRECHT_CSS_VERSION" \
  "@nl-design-system-unstable/voorbeeld-design-tokens@$VOORBEELD_TOKENS_VERSION"

copy() { # copy <package> <target dir name> <dist files...>
  local package="$1" target="$lib/$2"; shift 2
  rm -rf "$target" && mkdir -p "$target"
  for file in "$@"; do cp "node_modules/$package/dist/$file" "$target/"; done
  cp "node_modules/$package/LICENSE.md" "$target/LICENSE.md"
  node -e "const p=require('./node_modules/$package/package.json');console.log(p.name+'@'+p.version+' ('+p.license+')')" > "$target/VERSION"
  echo "vendored $(cat "$target/VERSION") -> ${target#"$repo_root"/}"
}

copy @utrecht/component-library-css utrecht-component-library-css index.css
copy @nl-design-system-unstable/voorbeeld-design-tokens voorbeeld-design-tokens theme.css
