#!/usr/bin/env bash
# Build the plugin zip the QGIS plugin repository expects: one top folder `eolatent/` holding the
# runtime files, the command line, the user documentation (docs/*.md) and the models the manifest marks as shipped
# (no training code, tests, benchmarks or pictures; the large models are installed by the model manager).
set -euo pipefail
out="$(realpath -m "$1")"
root="$(cd "$(dirname "$0")/.." && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
dest="$stage/eolatent"
mkdir -p "$dest/models"
cd "$root"
cp __init__.py __main__.py cli*.py metadata.txt LICENSE README.md CITATION.cff "$dest/"
for d in core plugin processing_provider icons i18n; do
  [ -d "$d" ] && find "$d" -type f -print0 | \
    while IFS= read -r -d '' f; do case "$f" in *.ts|*__pycache__*|*.pyc) continue;; esac
      mkdir -p "$dest/$(dirname "$f")"; cp "$f" "$dest/$f"; done
done
ls i18n/*.qm >/dev/null 2>&1 && cp i18n/*.qm "$dest/i18n/" || true
# the user documentation the README links to (text only; pictures, benchmarks and training notes stay in the repository)
mkdir -p "$dest/docs" && cp docs/*.md "$dest/docs/"
# the small models ship in the zip; the large ones (manifest "shipped": false) come through the model manager
# (python3 -m eolatent models install ID [--from FOLDER] from the plugins folder, or Raster > EO Latent > Models...)
[ -f models/manifest.json ] || { echo "models/manifest.json missing: run python tools/models_manifest.py" >&2; exit 1; }
cp models/manifest.json "$dest/models/"
python3 - "$dest/models" <<'PY'
import json, shutil, sys
manifest = json.load(open("models/manifest.json"))
for m in manifest["models"]:
    if m["shipped"]:
        for f in [m["file"]] + [s["file"] for s in m.get("sidecars", [])]:
            shutil.copy2("models/" + f, sys.argv[1])
PY
touch "$dest/models/__init__.py"
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$stage" && zip -q -r -X "$out" eolatent)
echo "wrote $out ($(du -h "$out" | cut -f1))"
