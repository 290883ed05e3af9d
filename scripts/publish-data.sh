#!/usr/bin/env bash
# Validates every bundled catalogue and publishes it for the static host into build/data/ with
# `katalog publish` (the same command a coordinator runs against a live site): a content-hashed copy of each
# snapshot (cacheable forever, never confused with an older one), its manifest, the region list, plus the
# JSON Schemas. Trunk copies build/data/ to dist/data/. Each catalogue is first read by `katalog check`, which
# prints its warnings (consistency mistakes included) and fails the build on errors; set STRICT=1 to fail on
# warnings too. Usage: scripts/publish-data.sh KATALOG_BIN
set -euo pipefail
cd "$(dirname "$0")/.."
katalog=${1:?usage: publish-data.sh PATH_TO_KATALOG}
out=build/data
rm -rf "$out"
mkdir -p "$out"
# Region ids and names, tab-separated, in the order of the hand-kept list.
node -e 'for (const r of require("./public/data/regions.json").regions) console.log(`${r.id}\t${r.name}`)' |
  while IFS=$'\t' read -r id name; do
    if ! "$katalog" check "public/data/$id.json" ${STRICT:+--strict} | sed "s/^/publish-data: /" >&2; then
      echo "publish-data: public/data/$id.json did not pass katalog check" >&2; exit 1
    fi
    "$katalog" publish "public/data/$id.json" --to "$out" --region-name "$name" > /dev/null ||
      { echo "publish-data: public/data/$id.json is not a valid snapshot (run: katalog check public/data/$id.json)" >&2; exit 1; }
  done
cp public/data/*.schema.json "$out/"
# The UI's language packs: Ukrainian and English ship in build/lang/ (copied to dist/lang/, loaded on demand
# and precached by the service worker); all three, with the field names, go to build/lang-all/ for scripts
# that read a pack by field name.
rm -rf build/lang build/lang-all
"$katalog" lang-packs --to build/lang-all
mkdir -p build/lang
cp build/lang-all/uk.json build/lang-all/en.json build/lang/
# The home page's first screen (post-build puts cs.html into index.html; uk.html, en.html and first.js ship
# in dist/first/).
rm -rf build/first
"$katalog" first-screen --to build/first --regions "$out/regions.json"
echo "publish-data: $(ls "$out" | tr '\n' ' ')"
