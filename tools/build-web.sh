#!/usr/bin/env bash
# Fetches the dashboard's front-end libraries from npm (exact versions) into the git-ignored .web/
# and copies the files the page loads, with each package's licence, into
# src/Sitrep.Server/wwwroot/vendor/ (also git-ignored). Nothing is fetched from a CDN at run time.
#   leaflet 1.9.4 (BSD-2-Clause)        the map
#   uplot 1.6.32 (MIT)                  the timeline
#   topojson-client 3.1.0 (ISC)         TopoJSON -> GeoJSON in the browser
#   world-atlas 2.0.2 (ISC)             country outlines (Natural Earth 1:110m, public domain) as the offline basemap
# Run by the Sitrep.Server build when vendor/ is missing; run by hand to refresh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/.web"
dest="$root/src/Sitrep.Server/wwwroot/vendor"
mkdir -p "$work"
cd "$work"
[ -f package.json ] || echo '{"name":"sitrep-web-vendor","private":true}' > package.json
npm install --no-audit --no-fund --loglevel=error --save-exact \
  leaflet@1.9.4 uplot@1.6.32 topojson-client@3.1.0 world-atlas@2.0.2 >/dev/null
nm="$work/node_modules"
tmp="$dest.tmp"
rm -rf "$tmp"; mkdir -p "$tmp/leaflet" "$tmp/uplot" "$tmp/topojson-client" "$tmp/world-atlas"
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$nm/leaflet/LICENSE" "$tmp/leaflet/"
cp "$nm/uplot/dist/uPlot.iife.min.js" "$nm/uplot/dist/uPlot.min.css" "$nm/uplot/LICENSE" "$tmp/uplot/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$nm/topojson-client/LICENSE" "$tmp/topojson-client/"
cp "$nm/world-atlas/countries-110m.json" "$nm/world-atlas/LICENSE" "$tmp/world-atlas/"
rm -rf "$dest"; mv "$tmp" "$dest"
echo "front-end libraries copied to $dest"
