# EO Latent — set-up, tests, demo, models, benchmarks, packaging.
# `make setup` then `make test` on a fresh Debian 12 / Ubuntu machine (root, or a user with sudo).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV        ?= .venv
PY          := $(VENV)/bin/python
SYSTEM_PY   ?= /usr/bin/python3
VERSION     := $(shell sed -n 's/^version=//p' metadata.txt)
APT_PACKAGES := qgis python3-qgis qgis-providers python3-rasterio python3-pyqt5 python3-venv python3-pip \
                python3-matplotlib xvfb qttools5-dev-tools zip
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
PACKAGE     := dist/eolatent-$(VERSION).zip
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup system-packages venv test demo install package models bench clean i18n

help:
	@echo "make setup    system packages (QGIS 3.22 from Debian), .venv, Python packages, editable eolatent"
	@echo "make test     the test suite (headless)"
	@echo "make demo     the whole mission (buildstack → biophysical → encode → decode → textquery → superresolve) through qgis_process on the real samples; demo_output/index.html"
	@echo "make install  install the plugin (+ its private dependency folder and the large models of this checkout) into your QGIS profile and enable it"
	@echo "make package  $(PACKAGE), the zip the QGIS plugin repository expects"
	@echo "make models   re-create every shipped model from scratch (seeded; about 85 minutes on 2 cores)"
	@echo "make bench    speed and memory table in bench/results.md"

setup: system-packages venv

system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  echo "installing Debian packages:" $$missing; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "Debian packages: all present"; fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt requirements-nodeps.txt pyproject.toml
	test -x $(PY) || $(SYSTEM_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements-nodeps.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -c "import eolatent.core, onnxruntime, rasterio, qgis.core; print('eolatent engine importable')"
	touch $@

test: venv i18n
	$(PY) -m pytest -q tests

demo: package
	bash tools/demo.sh

install: package
	EOLATENT_OPTIONAL_DEPS=1 bash tools/install_plugin.sh "$(PACKAGE)" "$(QGIS_PROFILE)" "$(CURDIR)/models"

package: i18n
	bash tools/package.sh "$(PACKAGE)"

i18n:
	lrelease -silent i18n/*.ts

models: venv
	for v in s2 s2_toa s2_nob8a s2_10m s2_codist s2_toa_codist s2_nob8a_codist s2_10m_codist; do $(PY) -m eolatent.models.training.train_biophysical --variant $$v || exit 1; done
	$(PY) -m eolatent.models.training.evaluate_biophysical
	$(PY) -m eolatent.models.training.train_soilmoisture --out models/soilmoisture_s1.onnx
	$(PY) -m eolatent.models.training.pivotal.train --preset fine --out models/
	$(PY) -m eolatent.models.training.pivotal.train --preset seed --out models/
	$(PY) -m eolatent.models.training.train_superres --out models/
	$(PY) -m eolatent.models.training.textquery.train --input s2 --out models/
	$(PY) -m eolatent.models.training.textquery.train --input latent_fine4 --out models/
	$(PY) -m eolatent.models.training.text.export_minilm --out models/text_minilm.onnx
	$(PY) -m eolatent.models.training.presto.export --out models/encoder_presto.onnx
	$(PY) -m eolatent.models.training.presto.evaluate --onnx models/encoder_presto.onnx --out models/encoder_presto.metrics.json
	$(PY) -m eolatent.models.training.presto.export --out models/encoder_presto.onnx --metrics models/encoder_presto.metrics.json
	$(PY) -m eolatent.models.training.presto.distill --out models/encoder_presto_small.onnx
	$(PY) -m eolatent.models.training.textquery.multiregion_train --input s2 --out models/
	$(PY) -m eolatent.models.training.textquery.multiregion_train --input presto --out models/
	$(PY) -m eolatent.models.training.cloud.export_s2cloudless --out models/cloud_s2cloudless.onnx
	$(PY) tools/models_manifest.py

bench: venv package
	$(PY) bench/bench_biophysical.py --out bench/results.md
	$(PY) bench/bench_latent.py --out bench/results.md
	$(PY) bench/bench_superres.py --out bench/results.md
	$(PY) bench/bench_textquery.py --out bench/results.md
	$(PY) bench/bench_scale.py --out bench/results.md
	$(PY) bench/compare_landcover.py --out bench/landcover_comparison.md
	$(PY) bench/bench_presto.py --out bench/results.md
	$(PY) bench/bench_classify.py --out bench/results.md
	$(PY) bench/label_efficiency.py --out bench/label_efficiency.md
	$(PY) bench/textquery_ceiling.py --out bench/textquery_ceiling.md
	$(PY) bench/decode_far_dates.py --out bench/decode_far_dates.md
	$(PY) bench/decode_missing_sensor.py --out bench/decode_missing_sensor.md
	$(PY) bench/decode_optical_gaps.py --out bench/decode_optical_gaps.md
	$(PY) bench/latent_unseen_baseline.py --out bench/latent_unseen_baseline.md
	$(PY) bench/smoothing_calibration.py --out bench/smoothing_calibration.md
	$(PY) bench/presto_finetune.py --out bench/presto_finetune.md

clean:
	rm -rf dist build demo_output
