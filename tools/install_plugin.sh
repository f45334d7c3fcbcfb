#!/usr/bin/env bash
# Install the packaged plugin into a QGIS profile (no root needed), fill its private dependency folder
# with what QGIS's own Python lacks, and enable it so that QGIS and qgis_process load the provider.
set -euo pipefail
zip="$(realpath "$1")"; profile="$2"
python="${SYSTEM_PY:-/usr/bin/python3}"
plugins="$profile/python/plugins"
mkdir -p "$plugins"
rm -rf "$plugins/eolatent.new"
mkdir -p "$plugins/eolatent.new"
(cd "$plugins/eolatent.new" && unzip -q "$zip")
# the dependencies live beside the plugins folder (<profile>/python/eolatent-libs/py3.X, plugin/dependencies.py), where
# QGIS's own plugin installer leaves them on an upgrade; an ext-libs an earlier version kept inside the plugin moves there
deps="$profile/python/eolatent-libs/$("$python" -c 'import sys; print("py%d.%d" % sys.version_info[:2])')"
if [ -d "$plugins/eolatent/ext-libs" ] && [ ! -e "$deps" ]; then
  mkdir -p "$(dirname "$deps")" && mv "$plugins/eolatent/ext-libs" "$deps"
elif [ -d "$plugins/eolatent/ext-libs" ]; then      # both: what the new folder lacks is kept, not deleted
  cp -rn "$plugins/eolatent/ext-libs/." "$deps/"
fi
rm -rf "$plugins/eolatent"
mv "$plugins/eolatent.new/eolatent" "$plugins/eolatent"
rmdir "$plugins/eolatent.new"
# EOLATENT_OPTIONAL_DEPS=1 (make install): also what eolatent:classify (train mode) and eolatent:cluster need
if [ "${EOLATENT_OPTIONAL_DEPS:-0}" = 1 ]; then
  "$python" "$plugins/eolatent/plugin/dependencies.py" --install --optional
else
  "$python" "$plugins/eolatent/plugin/dependencies.py" --install
fi
"$python" "$(dirname "$0")/enable_plugin.py" "$profile"
echo "EO Latent installed in $plugins/eolatent and enabled"
# a third argument, a folder of model files (make install: this checkout's models/): the models too large for the zip
# (the text model of the text query) are installed from it, offline and sha256-verified, into the user model folder
models="${3:-}"
if [ -n "$models" ] && [ -d "$models" ]; then
  (cd "$plugins" && "$python" -m eolatent models install --all --from "$models") ||
    echo "EO Latent: the large models were not installed from $models (see above); install them later with Models... in QGIS"
fi
