# SPDX-License-Identifier: GPL-3.0-or-later
"""Small files for the desktop tests: a contract-conforming latent raster with known values (no encoder run)
and the decoded LAI series of it (the tiny test decoder of latent_fixtures, run through core.decode.raster)."""
from __future__ import annotations

import os
from datetime import date

import numpy as np

import latent_fixtures as F

ORIGIN = (465180.0, 5080260.0)  # the Slovenia sample, UTM 33N
CRS = "EPSG:32633"
WINDOWS = ((date(2015, 7, 11), date(2015, 7, 20)), (date(2015, 7, 31), date(2015, 8, 9)))
SHAPE = (12, 10)  # latent pixels (rows, columns)


def latent_values(seed=5):
    """(n_windows, L, h, w) float32 means with structure (three strong directions) and some NaN pixels."""
    rng = np.random.default_rng(seed)
    h, w = SHAPE
    n = len(WINDOWS)
    base = rng.normal(size=(n, 3, h, w))
    mix = rng.normal(size=(n, F.L, 3)) * np.array([3.0, 1.5, 0.7])
    means = np.einsum("nlk,nkhw->nlhw", mix, base) + 0.05 * rng.normal(size=(n, F.L, h, w))
    means = means.astype(np.float32)
    means[:, :, 0, 0] = np.nan          # a chunk with no data in every window
    means[1, 3, 5, 5] = np.nan          # one feature missing -> the pixel is invalid
    return means


def write_latent(path, means=None):
    import rasterio
    from rasterio.transform import from_origin

    from eolatent.core.latent.contract import TimeWindow, band_layout

    means = latent_values() if means is None else means
    n, nl, h, w = means.shape
    windows = [TimeWindow(k, a, b) for k, (a, b) in enumerate(WINDOWS[:n])]
    descr, tags = band_layout(windows, nl)
    logvar = np.full_like(means, -2.0)
    data = np.concatenate([np.concatenate([means[k], logvar[k]]) for k in range(n)])
    profile = dict(driver="GTiff", width=w, height=h, count=data.shape[0], dtype="float32", crs=CRS,
                   transform=from_origin(ORIGIN[0], ORIGIN[1], 10.0 * F.P, 10.0 * F.P), nodata=float("nan"))
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(data)
        for i, (d, t) in enumerate(zip(descr, tags), start=1):
            ds.set_band_description(i, d)
            ds.update_tags(i, **t)
        ds.update_tags(EOLATENT_LATENT="1", ENCODER_ID="eolatent.encoder.test4", ENCODER_VERSION="0.0.1",
                       CHUNK_PX=str(F.P), WINDOW_DAYS=str(F.W), LATENT_SIZE=str(nl), N_WINDOWS=str(n),
                       MODALITIES="S2", INPUT_HASHES="{}", STACK_WIDTH=str(w * F.P), STACK_HEIGHT=str(h * F.P))
    return os.fspath(path)


def decoded_lai(folder, dates=("2015-07-12", "2015-07-20", "2015-08-01", "2015-08-05")):
    """(LAI path, LAI_STD path) decoded from a written latent raster with the tiny test decoder."""
    from eolatent.core.decode.raster import run_decode

    folder = os.fspath(folder)
    lat = write_latent(os.path.join(folder, "latent.tif"))
    dec = F.make_decoder(os.path.join(folder, "decoder_test4.onnx"))
    outs = {"LAI": os.path.join(folder, "lai.tif"), "LAI_STD": os.path.join(folder, "lai_std.tif")}
    run_decode(lat, outs, dates=list(dates), decoder=dec, provider="cpu", threads=1, resolution=20)
    return outs["LAI"], outs["LAI_STD"]


def wait_for_task(widget, attr: str = "task", timeout: float = 60.0) -> None:
    """Process QGIS events until ``widget.<attr>`` (its background QgsTask) is None; fail after ``timeout`` s."""
    import time

    from qgis.core import QgsApplication

    t0 = time.time()
    while getattr(widget, attr) is not None and time.time() - t0 < timeout:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert getattr(widget, attr) is None, f"the background task ({attr}) did not finish in {timeout:.0f} s"
