#!/usr/bin/env bash
# Build the plugin zip the QGIS plugin repository expects: one top folder `eolatent/` holding the
# runtime files and the shipped models only (no training code, tests, benchmarks or docs).
set -euo pipefail
out="$(realpath -m "$1")"
root="$(cd "$(dirname "$0")/.." && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
dest="$stage/eolatent"
mkdir -p "$dest/models"
cd "$root"
cp __init__.py metadata.txt LICENSE README.md "$dest/"
for d in core plugin processing_provider icons i18n; do
  [ -d "$d" ] && find "$d" -type f -print0 | \
    while IFS= read -r -d '' f; do case "$f" in *.ts|*__pycache__*|*.pyc) continue;; esac
      mkdir -p "$dest/$(dirname "$f")"; cp "$f" "$dest/$f"; done
done
ls i18n/*.qm >/dev/null 2>&1 && cp i18n/*.qm "$dest/i18n/" || true
ls models/*.onnx >/dev/null 2>&1 && cp models/*.onnx "$dest/models/" || echo "warning: no model in models/ (run make models)" >&2
for f in models/*.vocab.txt models/*.LICENSE.txt; do [ -e "$f" ] && cp "$f" "$dest/models/"; done
touch "$dest/models/__init__.py"
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$stage" && zip -q -r -X "$out" eolatent)
echo "wrote $out ($(du -h "$out" | cut -f1))"
