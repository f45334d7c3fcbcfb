#!/usr/bin/env bash
# make demo: install the packaged plugin into a private QGIS profile (build/qgis-config) and run
# eolatent:biophysical through qgis_process on the real Slovenia Sentinel-2 sample; writes the rasters
# and a PNG quick-look into demo_output/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
py="${PY:-.venv/bin/python}"
version=$(sed -n 's/^version=//p' metadata.txt)
cfg="$root/build/qgis-config"
out="$root/demo_output"
rm -rf "$out"; mkdir -p "$out"
bash tools/install_plugin.sh "dist/eolatent-$version.zip" "$cfg/profiles/default" >/dev/null
# the large models are not in the zip: install them offline from this repository's files (no network)
export EOLATENT_MODELS_DIR="$cfg/eolatent-models"
case "$py" in /*) pyabs="$py";; *) pyabs="$root/$py";; esac
(cd "$cfg/profiles/default/python/plugins" && "$pyabs" -m eolatent models install --all --from "$root/models" -q)
"$py" tools/make_demo_stack.py "$out/slovenia_s2_stack.tif"
qgis_bin=$(command -v qgis_process.bin || command -v qgis_process)
export QGIS_CUSTOM_CONFIG_PATH="$cfg" QT_QPA_PLATFORM=offscreen
"$qgis_bin" run eolatent:biophysical -- \
  INPUT="$out/slovenia_s2_stack.tif" VIEW_ZENITH=5 RELATIVE_AZIMUTH=90 \
  OUTPUT_LAI="$out/lai.tif" OUTPUT_FAPAR="$out/fapar.tif" OUTPUT_FCOVER="$out/fcover.tif" \
  OUTPUT_CCC="$out/ccc.tif" OUTPUT_CWC="$out/cwc.tif" OUTPUT_LAI_STD="$out/lai_std.tif" \
  OUTPUT_QUALITY="$out/quality.tif" 2>&1 | grep -v -E "^(Warning|QStandardPaths)" | tee "$out/qgis_process.log"
"$py" tools/quicklook.py "$out" "$out/quicklook.png"
echo "demo outputs in $out"
