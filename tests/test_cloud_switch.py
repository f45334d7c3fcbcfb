# SPDX-License-Identifier: GPL-3.0-or-later
"""The cloud-detection switch of every algorithm that reads Sentinel-2 directly (issue 13 item 6): on the cloudy,
mask-less Slovenia L1C date 2015-08-20 the detected clouds are left out by default (no data), and kept when the
switch is off — through the core functions, the command line and Processing."""
import os

import numpy as np
import pytest
import rasterio

from eolatent.cli import main as cli_main

CLOUDY = os.path.join(os.path.dirname(__file__), "data", "slovenia", "S2L1C_TOA_13band_2015-08-20.tif")


def _finite(path):
    with rasterio.open(path) as ds:
        return float(np.isfinite(ds.read(1)).mean())


def test_textquery_and_encode_core(tmp_path):
    """The scene is cloud everywhere: with detection the runs have no valid pixel and say so (no output is
    written); without it every pixel is mapped."""
    from eolatent.core.encode.raster import run_encode
    from eolatent.core.engine.input_checks import NoValidPixelError
    from eolatent.core.textquery.query_raster import run_textquery

    tq, lat = str(tmp_path / "tq.tif"), str(tmp_path / "lat.tif")
    with pytest.raises(NoValidPixelError, match="masked as cloud"):
        run_textquery(CLOUDY, "forest", tq, provider="cpu", threads=1, detect_clouds=True, cache_dir=str(tmp_path))
    with pytest.raises(NoValidPixelError, match="masked as cloud"):
        run_encode(lat, s2_path=CLOUDY, provider="cpu", threads=1, detect_clouds=True)
    assert not os.path.exists(tq) and not os.path.exists(lat)
    run_textquery(CLOUDY, "forest", tq, provider="cpu", threads=1, detect_clouds=False, cache_dir=str(tmp_path))
    run_encode(lat, s2_path=CLOUDY, provider="cpu", threads=1, detect_clouds=False)
    assert _finite(tq) == 1.0 and _finite(lat) == 1.0


def test_command_line_switch(tmp_path):
    out = str(tmp_path / "lat.tif")
    assert cli_main(["encode", "--s2-stack", CLOUDY, "--no-cloud-detection", "--output", out, "--provider", "cpu"]) == 0
    assert _finite(out) == 1.0


def test_processing_switch(eolatent_provider, tmp_path):
    import processing

    for alg in ("encode", "textquery", "soilmoisture", "biophysical"):
        names = [p.name() for p in eolatent_provider.algorithm(alg).parameterDefinitions()]
        assert "DETECT_CLOUDS" in names, alg
    out = str(tmp_path / "tq.tif")
    processing.run("eolatent:textquery", dict(INPUT=CLOUDY, PROMPTS="forest", DETECT_CLOUDS=False, OUTPUT=out,
                                              EXECUTION_PROVIDER=2))
    assert _finite(out) == 1.0
