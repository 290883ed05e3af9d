#!/usr/bin/env bash
# Validates every bundled catalogue and publishes it for the static host into build/data/: a content-hashed
# copy of each snapshot (cacheable forever, never confused with an older one), its manifest, the region
# list and the JSON Schema. Trunk copies build/data/ to dist/data/. Usage: scripts/publish-data.sh KATALOG_BIN
set -euo pipefail
cd "$(dirname "$0")/.."
katalog=${1:?usage: publish-data.sh PATH_TO_KATALOG}
out=build/data
rm -rf "$out"
mkdir -p "$out"
for id in $(node -e 'for (const r of require("./public/data/regions.json").regions) console.log(r.id)'); do
  src=public/data/$id.json
  "$katalog" check "$src" > /dev/null || { echo "publish-data: $src is not a valid snapshot (run: katalog check $src)" >&2; exit 1; }
  sum=$(sha256sum "$src" | cut -c1-16)
  cp "$src" "$out/$id-$sum.json"
  "$katalog" manifest "$src" --url "/data/$id-$sum.json" > "$out/$id.manifest.json"
done
cp public/data/regions.json public/data/*.schema.json "$out/"
echo "publish-data: $(ls "$out" | tr '\n' ' ')"
