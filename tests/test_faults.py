# SPDX-License-Identifier: GPL-3.0-or-later
"""Faults: an output disk that fills up mid-run (a real write failure, by a file-size limit in a child
process) and a cancel at every stage of every algorithm: a clear error, nothing left behind, and a file
that existed before the run kept as it was."""
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import rasterio

from eolatent.core.engine.tiling import Cancelled

HERE = os.path.dirname(__file__)
S2 = os.path.join(HERE, "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
LST = os.path.join(HERE, "data", "lst", "pyTSEB_ExampleImage_Trad_pm.tif")


@pytest.mark.parametrize("check", ["gdal error slot", "read back"])
def test_disk_full_mid_run_leaves_nothing_and_keeps_the_old_file(tmp_path, check):
    out = tmp_path / "lai.tif"
    out.write_bytes(b"previous result")
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)            # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (12_000, 12_000))  # the 'disk' holds 12 kB per file
        from eolatent.core.biophysical.raster import run_biophysical_raster
        from eolatent.core.outputs.geotiff import GdalErrors
        if {check!r} == "read back":
            GdalErrors._shared = False  # as with a rasterio wheel that bundles its own libgdal
        assert (GdalErrors.gdal() is not None) == ({check!r} == "gdal error slot")
        try:
            run_biophysical_raster({S2!r}, {{"LAI": {str(out)!r}, "LAI_STD": {str(tmp_path / 'std.tif')!r}}},
                                   sun_zenith=30, view_zenith=5, relative_azimuth=90, provider="cpu", threads=1,
                                   tile_size=32)
        except OSError as exc:
            print("ERROR", type(exc).__name__, exc)
            sys.exit(3)
        print("FINISHED")
    """)
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert res.returncode == 3, res.stdout + res.stderr
    assert "ERROR OutputError" in res.stdout and ("lai.tif" in res.stdout or "std.tif" in res.stdout)
    assert sorted(os.listdir(tmp_path)) == ["lai.tif"]  # no temporary file, no partial std.tif
    assert out.read_bytes() == b"previous result"


class CancelAt:
    """Cancels at the n-th is_canceled() call; counts the calls."""

    def __init__(self, n):
        self.n, self.calls = n, 0

    def progress(self, p):
        pass

    def info(self, m):
        pass

    def is_canceled(self):
        self.calls += 1
        return self.calls >= self.n


def _jobs(tmp_path):
    from eolatent.core.biophysical.raster import run_biophysical_raster
    from eolatent.core.decode.raster import run_decode
    from eolatent.core.encode.raster import run_encode
    from eolatent.core.soilmoisture.raster import run_soilmoisture_raster
    from eolatent.core.superres.superres_raster import run_superres
    from eolatent.core.textquery import image_cache
    from eolatent.core.textquery.query_raster import run_textquery

    cpu = dict(provider="cpu", threads=1)
    lat = str(tmp_path / "ref_latent.tif")
    run_encode(lat, s2_path=S2, **cpu)
    from test_soilmoisture_algorithm import s1_stack

    s1_file, _db, _inc = s1_stack(tmp_path)

    def tq(out, fb):
        import shutil

        image_cache.clear_memory()  # every run computes the image side again
        shutil.rmtree(tmp_path / "cache", ignore_errors=True)
        return run_textquery(S2, "forest", out, cache_dir=str(tmp_path / "cache"), feedback=fb, **cpu)

    return {
        "biophysical": lambda out, fb: run_biophysical_raster(S2, {"LAI": out}, sun_zenith=30, view_zenith=5,
                                                              relative_azimuth=90, tile_size=32, feedback=fb, **cpu),
        "soilmoisture": lambda out, fb: run_soilmoisture_raster(s1_file, {"SM": out}, lai_value=1.0, incidence=38,
                                                                tile_size=32, feedback=fb, **cpu),
        "encode": lambda out, fb: run_encode(out, s2_path=S2, tile_size=32, feedback=fb, **cpu),
        "decode": lambda out, fb: run_decode(lat, {"LAI": out}, dates="2015-07-11", tile_size=8, feedback=fb, **cpu),
        "superresolve": lambda out, fb: run_superres(LST, out, factor=4, method="bicubic", tile_size=64,
                                                     feedback=fb, **cpu),
        "textquery": tq,
    }


class Count(CancelAt):
    def __init__(self):
        super().__init__(10 ** 9)


def cancel_points(total: int):
    """1, 2, 3, then a geometric series, then the last two calls (the commit stage)."""
    pts = {1, 2, 3, max(1, total - 1), total}
    k = 5
    while k < total:
        pts.add(k)
        k = int(k * 1.8) + 1
    return sorted(p for p in pts if 1 <= p <= total)


@pytest.mark.parametrize("name", ["biophysical", "soilmoisture", "encode", "decode", "superresolve", "textquery"])
def test_cancel_at_every_stage(tmp_path, name):
    job = _jobs(tmp_path)[name]
    out = str(tmp_path / "out" / "result.tif")
    os.makedirs(os.path.dirname(out))
    counter = Count()
    job(out, counter)  # a full run: how many times the job asks whether it is cancelled
    with rasterio.open(out) as ds:
        assert np.isfinite(ds.read(1)).any()
    os.remove(out)
    for f in os.listdir(os.path.dirname(out)):  # its style file, if any
        os.remove(os.path.join(os.path.dirname(out), f))
    points = cancel_points(counter.calls)
    assert len(points) >= 2, f"{name}: only {counter.calls} cancellation check(s)"
    for n in points:
        with pytest.raises(Cancelled):
            job(out, CancelAt(n))
        assert os.listdir(os.path.dirname(out)) == [], f"{name}: cancel at check {n} of {counter.calls} left files"
