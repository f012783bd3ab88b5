#!/usr/bin/env bash
# Vendors the browser JavaScript libraries into wwwroot/lib so the app and CI never need npm or a CDN.
# Re-run after changing a version below, then commit the result.
set -euo pipefail

SIGNALR_VERSION=10.0.11            # @microsoft/signalr (MIT): live web chat and the agents' workspace

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="$repo_root/src/Verbinding.Web/wwwroot/lib"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --silent "@microsoft/signalr@$SIGNALR_VERSION"

package=@microsoft/signalr
target="$lib/signalr"
rm -rf "$target" && mkdir -p "$target"
cp "node_modules/$package/dist/browser/signalr.min.js" "$target/"
# The npm package ships no licence file, only "license": "MIT" in package.json; the text below is the MIT licence
# of the dotnet/aspnetcore repository the package is built from.
cat > "$target/LICENSE" <<'MIT'
The MIT License (MIT)

Copyright (c) .NET Foundation and Contributors

All rights reserved.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
MIT
node -e "const p=require('./node_modules/$package/package.json');console.log(p.name+'@'+p.version+' ('+p.license+')')" > "$target/VERSION"
echo "vendored $(cat "$target/VERSION") -> ${target#"$repo_root"/}"
