#!/usr/bin/env bash
# Makes docs/dashboard.png: the dashboard over the examples, in headless chromium.
# Each example is posted to POST /api/articles with the publication date its gold file gives.
# Needs: a built CLI (dotnet build src/Sitrep.Cli), node (for JSON), chromium, curl.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sitrep="src/Sitrep.Cli/bin/Debug/net10.0/sitrep"
port="${PORT:-5181}"
tmp="$(mktemp -d)"
"$sitrep" serve --db "$tmp/s.db" --urls "http://127.0.0.1:$port" >"$tmp/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/facets" >/dev/null && break; sleep 0.2; done
post() { # text file, gold or meta file
  node -e '
    const fs = require("fs");
    const [txt, meta] = process.argv.slice(1);
    const m = meta && fs.existsSync(meta) ? JSON.parse(fs.readFileSync(meta, "utf8")) : {};
    process.stdout.write(JSON.stringify({ text: fs.readFileSync(txt, "utf8"), published: m.published ?? null, title: m.title ?? null, source: m.source ?? null }));
  ' "$1" "$2" | curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$port/api/articles"
}
for f in examples/*.txt; do post "$f" "${f%.txt}.gold.json"; done
for f in examples/reports/*.txt; do post "$f" "${f%.txt}.meta.json"; done
mkdir -p docs
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --hide-scrollbars --window-size=1400,1050 --virtual-time-budget=10000 \
  --screenshot="$root/docs/dashboard.png" "http://127.0.0.1:$port/#event=${EVENT:-1}" 2>/dev/null
echo "wrote docs/dashboard.png"
