#!/usr/bin/env bash
# make demo: install the packaged plugin into a private QGIS profile (build/qgis-config) and run the whole
# mission through qgis_process on the real data in this repository: buildstack (Slovenia per-date GeoTIFFs)
# → biophysical → encode (fine4 on Slovenia, presto and presto_small on the Belgian S2+S1 cube) → decode at new dates →
# textquery → superresolve (MODIS LST crop). Rasters, one PNG quick-look per step, steps.tsv (parameters and
# run time of each step) and index.html land in demo_output/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
py="${PY:-.venv/bin/python}"
version=$(sed -n 's/^version=//p' metadata.txt)
cfg="$root/build/qgis-config"
out="$root/demo_output"
rm -rf "$out"; mkdir -p "$out"
t_start=$(date +%s.%N)
bash tools/install_plugin.sh "dist/eolatent-$version.zip" "$cfg/profiles/default" >/dev/null
# the large models are not in the zip: install them offline from this repository's files (no network)
export EOLATENT_MODELS_DIR="$cfg/eolatent-models"
case "$py" in /*) pyabs="$py";; *) pyabs="$root/$py";; esac
(cd "$cfg/profiles/default/python/plugins" && "$pyabs" -m eolatent models install --all --from "$root/models" -q)
qgis_bin=$(command -v qgis_process.bin || command -v qgis_process)
export QGIS_CUSTOM_CONFIG_PATH="$cfg" QT_QPA_PLATFORM=offscreen
steps="$out/steps.tsv"
printf 'step\talgorithm\tseconds\tparameters\n' > "$steps"
# step NAME ALG PARAM=VALUE...: run eolatent:ALG through qgis_process, log it, record its wall time
step() {
  local name="$1" alg="$2"; shift 2
  local t0 t1 params
  t0=$(date +%s.%N)
  echo "== $name: qgis_process run eolatent:$alg"
  "$qgis_bin" run "eolatent:$alg" -- "$@" 2>&1 | grep -v -E "^(Warning|QStandardPaths)" | tee "$out/log_$name.txt"
  t1=$(date +%s.%N)
  params=$(printf '%s ' "$@" | sed "s#$out/##g; s#$root/##g" | tr '\n\t' '  ')
  printf '%s\t%s\t%.1f\t%s\n' "$name" "$alg" "$(awk "BEGIN{print $t1 - $t0}")" "$params" >> "$steps"
}
# 1. buildstack: the five per-date 13-band L1C GeoTIFFs (linked into one folder: the sample folder also holds
#    other rasters), clouds and shadows detected with s2cloudless
mkdir -p "$out/s2_dates"
for f in tests/data/slovenia/S2L1C_TOA_13band_*.tif; do ln -s "$root/$f" "$out/s2_dates/"; done
step buildstack buildstack S2_FOLDERS="$out/s2_dates" DETECT_CLOUDS=1 MAX_CLOUD=100 \
  OUTPUT_S2="$out/slovenia_s2_stack.tif"
# 2. biophysical variables on that stack (the view geometry of the sample is unknown: given here)
step biophysical biophysical INPUT="$out/slovenia_s2_stack.tif" VIEW_ZENITH=5 RELATIVE_AZIMUTH=90 \
  OUTPUT_LAI="$out/lai.tif" OUTPUT_FAPAR="$out/fapar.tif" OUTPUT_FCOVER="$out/fcover.tif" \
  OUTPUT_CCC="$out/ccc.tif" OUTPUT_CWC="$out/cwc.tif" OUTPUT_LAI_STD="$out/lai_std.tif" \
  OUTPUT_QUALITY="$out/quality.tif"
cp "$out/log_biophysical.txt" "$out/qgis_process.log"
# 3. encode: fine4 on the Slovenia stack; presto and presto_small on the real Belgian Sentinel-2 + Sentinel-1 cube
step encode_fine4 encode S2_STACK="$out/slovenia_s2_stack.tif" MODEL=fine4 OUTPUT="$out/latent_fine4.tif"
"$py" -c "import sys; from eolatent.core.encode.presto.worldcereal import belgium_stacks; belgium_stacks(sys.argv[1])" \
  "$out/belgium"
step encode_presto encode S2_STACK="$out/belgium/belgium_s2.tif" S1_STACK="$out/belgium/belgium_s1.tif" \
  MODEL=presto OUTPUT="$out/latent_presto.tif"
step encode_presto_small encode S2_STACK="$out/belgium/belgium_s2.tif" S1_STACK="$out/belgium/belgium_s1.tif" \
  MODEL=presto_small OUTPUT="$out/latent_presto_small.tif"
# 4. decode the fine4 latent at dates that were never observed
step decode decode INPUT="$out/latent_fine4.tif" DATES=2015-07-21,2015-08-10 \
  OUTPUT_LAI="$out/decoded_lai.tif" OUTPUT_FCOVER="$out/decoded_fcover.tif" OUTPUT_CAB="$out/decoded_cab.tif"
# 5. text query with two prompts on the Slovenia stack
step textquery textquery INPUT="$out/slovenia_s2_stack.tif" "PROMPTS=forest
grassland or meadow" OUTPUT="$out/textquery.tif"
# 6. super-resolution ×4 of a 200 × 200 km crop of the MODIS LST sample (CNN single-image)
gdal_translate -q -srcwin 0 500 200 200 tests/data/lst/MOD11A1.A2019305.h14v09.006_LST.tif "$out/modis_lst_crop.tif"
step superresolve superresolve INPUT="$out/modis_lst_crop.tif" FACTOR=4 METHOD=0 OUTPUT="$out/lst_x4.tif"
"$py" tools/quicklook.py "$out" "$out/quicklook.png"
"$py" tools/demo_mission.py "$out" "$(awk "BEGIN{print $(date +%s.%N) - $t_start}")"
echo "demo outputs in $out (open $out/index.html)"
