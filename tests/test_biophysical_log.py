# SPDX-License-Identifier: GPL-3.0-or-later
"""What eolatent:biophysical says of a real 12-month L2A stack (the Belgian cube, whose December and January
composites hold no value): one line for what every date shares, and the dates on which nothing was retrieved."""
import numpy as np
import pytest
import rasterio

from eolatent.core.biophysical import retrieval as bio
from eolatent.core.biophysical import run_log
from eolatent.core.biophysical.raster import run_biophysical_raster
from eolatent.core.encode.presto.worldcereal import belgium_stacks
from feedback_fixtures import Recording


@pytest.fixture(scope="module")
def s2(tmp_path_factory):
    return belgium_stacks(str(tmp_path_factory.mktemp("bel")))[0]


def _valid_share(path):
    with rasterio.open(path) as ds:
        return [float(np.isfinite(ds.read(b)).mean()) for b in range(1, ds.count + 1)]


@pytest.mark.parametrize("smooth", [False, True])
def test_empty_dates_are_named_and_shared_lines_said_once(s2, tmp_path, smooth):
    log = Recording()
    out = str(tmp_path / "lai.tif")
    run_biophysical_raster(s2, {"LAI": out}, provider="cpu", threads=1, feedback=log, smooth=smooth,
                           smooth_window_days=60.0)
    said = log.messages
    # the level, model and bands, and the cloud mask, are the same on the twelve dates: one line each
    assert sum("surface reflectance (L2A" in m for m in said) == 1
    assert any(m.startswith("all 12 dates: surface reflectance (L2A") and "eolatent.biophysical.s2.nob8a" in m
               and "(wide prior)" in m for m in said)      # the default prior is named too
    assert sum("clouds and shadows" in m for m in said) == 1
    assert sum("sun zenith" in m and "view zenith" in m for m in said) == 12       # angles differ by date
    # the empty dates, counted on the cube: December and January
    with rasterio.open(s2) as ds:
        names = [d.split()[1] for d in ds.descriptions]
        first = [b + 1 for b, d in enumerate(ds.descriptions) if d.startswith("B04 ")]
        empty = [names[b - 1] for b in first if not np.isfinite(ds.read(b)).any() or (ds.read(b) == ds.nodata).all()]
    assert empty == ["2020-12-15", "2021-01-15"]
    line = [m for m in log.warnings if m.startswith("no pixel retrieved on")]   # warnings: a block's figures
    want = "their bands are nodata (quality flag 4)" if not smooth else "the smoother gap-fills them"
    assert line and line[0].startswith(f"no pixel retrieved on 2 date(s): {', '.join(empty)} (nodata, cloud or "
                                       "shadow everywhere)") and want in line[0]
    share = _valid_share(out)
    if not smooth:
        assert [share[i] for i in (1, 2)] == [0.0, 0.0] and min(share[:1] + share[3:]) > 0.5
    else:
        assert min(share) > 0.5                                                    # gap-filled


def test_coverage_lines_known_answers():
    dates = ["2020-01-01", "2020-02-01", "2020-03-01"]
    assert run_log.coverage_lines(dates, [100, 0, 30], 100) == [
        "no pixel retrieved on 1 date(s): 2020-02-01 (nodata, cloud or shadow everywhere): their bands are nodata "
        "(quality flag 4)",
        "fewer than half the pixels retrieved on 1 date(s): 2020-03-01 (30 %) (the others nodata, cloud or shadow)"]
    assert run_log.coverage_lines(dates, [100, 60, 50], 100) == []
    assert run_log.coverage_lines(dates[:1], [0], 100) == []         # nothing at all: the run's own error says it


def test_a_winter_sun_beyond_the_training_is_warned_and_flags_the_whole_date(s2, tmp_path):
    """The physics audit: at 50° N the November sun (71.1° from the zenith) is beyond the 69.9° the networks were
    trained on; every pixel of that date was flagged 1 and the log said nothing."""
    log = Recording()
    lai, q = str(tmp_path / "lai.tif"), str(tmp_path / "q.tif")
    run_biophysical_raster(s2, {"LAI": lai, "QUALITY": q}, provider="cpu", threads=1, feedback=log)
    said = [m for m in log.warnings if m.startswith("sun zenith beyond the 69.9° the model was trained on")]
    assert len(said) == 1 and "on 3 date(s) (2020-11-15: 71.1°, 2020-12-15: 76.3°, 2021-01-15: 75.1°)" in said[0]
    with rasterio.open(q) as ds:
        flags = ds.read(1)                       # 2020-11-15: every retrieved pixel outside the domain
        assert ((flags & 1) > 0)[(flags & 4) == 0].all()
        later = ds.read(ds.count)                # 2021-10-15, a sun of 57°: hardly any
        assert ((later & 1) > 0)[(later & 4) == 0].mean() < 0.05


def test_sun_beyond_training_lines_known_answers():
    from types import SimpleNamespace

    model = SimpleNamespace(card={"inputs": [{"name": "bands", "bands": ["B04"], "domain": {"max": [0.5]}},
                                             {"name": "angles", "bands": ["sun_zenith", "view_zenith"],
                                              "domain": {"max": [60.0, 12.0]}}]})
    per_date = [("L2A", "", model)] * 3
    angles = [dict(sun_zenith=z) for z in (59.9, 60.0, 64.25)]
    lines = run_log.sun_beyond_training_lines(["d1", "d2", "d3"], angles, per_date)
    assert lines == [lines[0]] and "beyond the 60.0°" in lines[0] and "on 1 date(s) (d3: 64.2°)" in lines[0]
    assert run_log.sun_beyond_training_lines(["d1"], angles[:1], per_date[:1]) == []
    bare = SimpleNamespace(card={"inputs": [{"name": "bands", "bands": ["B04"]}]})     # no domain in the card
    assert run_log.sun_beyond_training_lines(["d3"], angles[2:], [("L2A", "", bare)]) == []


def test_soil_moisture_warns_of_lai_retrieved_under_a_sun_beyond_the_training(tmp_path):
    """The scale-out audit: soilmoisture on the Belgian S1 + S2 cube took the LAI of the November–January dates,
    retrieved under a 71–76° sun (biophysical flags every pixel 1 there), and said nothing."""
    from eolatent.core.soilmoisture.raster import run_soilmoisture_raster

    s2, s1 = belgium_stacks(str(tmp_path))
    log = Recording()
    run_soilmoisture_raster(s1, {"SM": str(tmp_path / "sm.tif")}, s2_path=s2, incidence=38.0, provider="cpu",
                            threads=1, feedback=log)
    said = [w for w in log.warnings if "is retrieved under a sun zenith beyond the 69.9° the LAI model" in w]
    assert len(said) == 1 and said[0].startswith("the LAI of 3 Sentinel-2 date(s) (2020-11-15: 71.1°, 2020-12-15: "
                                                 "76.3°, 2021-01-15: 75.1°)")
    # S1 dates of spring and summer only: the winter S2 dates feed no moisture, and are not named
    from eolatent.core.soilmoisture.vegetation import S2Lai, warn_sun_beyond_training

    class Veg(S2Lai):
        def __init__(self):      # the Belgian dates and suns, without reading the stack
            pass
    veg = Veg()
    veg.dates = ["2020-11-15", "2021-01-15", "2021-05-15", "2021-07-15"]
    veg.days = [737744, 737805, 737925, 737986]
    veg.angles = [np.array([71.1, 5, 90]), np.array([75.1, 5, 90]), np.array([40.0, 5, 90]), np.array([35.0, 5, 90])]
    veg.models = [bio.load()] * 4
    quiet, early = Recording(), Recording()
    warn_sun_beyond_training(veg, np.array([737930.0, 737960.0]), quiet)          # May–June S1 dates
    warn_sun_beyond_training(veg, np.array([737790.0, 737930.0]), early)          # one S1 date in January
    assert quiet.warnings == [] and len(early.warnings) == 1
    assert "the LAI of 2 Sentinel-2 date(s) (2020-11-15: 71.1°, 2021-01-15: 75.1°)" in early.warnings[0]
