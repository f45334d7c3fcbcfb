#!/usr/bin/env bash
# Screenshots of the real QGIS desktop window with the plugin loaded on the demo data, under Xvfb:
# docs/eolatent_textquery.png, docs/eolatent_pixel_plot.png, docs/eolatent_diagnostics.png, docs/eolatent_window.png.
# Needs `make demo` first (demo_output/ and the plugin installed in the private profile build/qgis-config).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cfg="$root/build/qgis-config"
[ -f demo_output/lai.tif ] || { echo "run make demo first" >&2; exit 2; }
shots="$(mktemp -d)"
export QGIS_CUSTOM_CONFIG_PATH="$cfg" EOLATENT_SHOTS="$shots" EOLATENT_DEMO="$root/demo_output"
export EOLATENT_MODELS_DIR="$cfg/eolatent-models"   # where make demo installed the models (tools/demo.sh)
export EOLATENT_CACHE_DIR="$root/build/textquery-cache"
unset QT_QPA_PLATFORM   # the desktop runs under Xvfb: QGIS aborted when 'offscreen' was left set (qgis_process examples)
timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck \
  --code "$root/tools/screenshot_session.py" >"$shots/qgis.out" 2>&1 || true
cat "$shots/screenshots.log" 2>/dev/null || { echo "no screenshot log; QGIS output:"; tail -20 "$shots/qgis.out"; exit 1; }
mkdir -p docs
for f in "$shots"/*.png; do cp "$f" docs/; echo "wrote docs/$(basename "$f")"; done
