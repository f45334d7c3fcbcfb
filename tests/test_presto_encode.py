# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:encode MODEL=presto on the real Belgian S2 L2A + S1 monthly cube: the raster path equals the array path
pixel for pixel, missing bands/modalities are masked and reported, the latent contract holds for downstream use."""
import os

import numpy as np
import pytest
import rasterio

from eolatent.core.latent import contract as lt
from eolatent.core.encode.raster import EncodeInputError, run_encode
from eolatent.core.encode.presto import inputs as pin
from eolatent.core.encode.presto.embed import PrestoEncoder, embed_series
from eolatent.core.encode.presto.worldcereal import DATA, BELGIUM, belgium_stacks
from feedback_fixtures import Recording


@pytest.fixture(scope="module")
def bel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bel")
    s2, s1 = belgium_stacks(str(folder))
    log = Recording()
    out = str(folder / "presto.tif")
    run_encode(out, s2_path=s2, s1_path=s1, preset="presto", threads=1, tile_size=64, feedback=log)
    return dict(folder=folder, s2=s2, s1=s1, out=out, log=log)


def _cube():
    d = np.load(f"{DATA}/{BELGIUM}")
    s2 = d["s2"].astype(np.float32)
    s2 = np.where(s2 == 65535, np.nan, s2 / 1e4)            # [T, 10, H, W]
    return s2, d["s1_db"].astype(np.float32)


def test_raster_equals_array_path(bel):
    s2, s1 = _cube()
    with lt.open_latent(bel["out"]) as lat:
        assert lat.kinds == ("mean",) and lat.latent_size == 128 and len(lat.windows) == 1
        assert (lat.windows[0].start.isoformat(), lat.windows[0].end.isoformat()) == ("2020-11-01", "2021-10-31")
        mean, logvar = lat.read(0)
        assert logvar is None
        q = lat.ds.read(lat.quality_band(0))
        lat_t = lat.ds.transform
        crs = lat.ds.crs
    rng = np.random.default_rng(0)
    rows, cols = rng.integers(0, 100, 40), rng.integers(0, 100, 40)
    xs, ys = lat_t * (cols + 0.5, rows + 0.5)
    la, lo = pin.to_wgs84(crs, xs, ys)
    enc = PrestoEncoder(provider="cpu", threads=1)
    want = embed_series(enc, s2[:, :, rows, cols].transpose(2, 0, 1), s1[:, :, rows, cols].transpose(2, 0, 1), 11,
                        np.stack([la, lo], 1))
    got = mean[:, rows, cols].T
    assert np.abs(got - want).max() < 1e-4
    # tile 31UFS, x ≈ 664 km: 50.63 N, 5.33 E (EPSG:32631 → WGS84 checked through the latitude the model saw)
    assert 50.5 < la.mean() < 50.8 and 5.2 < lo.mean() < 5.5
    # 12 months: December and January S2 composites are cloudy at some pixels; S1 every month
    months_s2 = q % 100
    assert (q // 100 == 12).all() and months_s2.max() <= 12 and months_s2.min() >= 1


def test_missing_inputs_are_named_and_masked(bel):
    text = " ".join(bel["log"].messages)
    assert "masked (not in the input): B8A, ERA5, SRTM, Dynamic World" in text
    with rasterio.open(bel["out"]) as ds:
        assert "B8A" in ds.tags()["MASKED_INPUTS"] and ds.tags()["ENCODER_ID"] == "eolatent.encoder.presto"
        assert ds.tags()["EOLATENT_PROVIDER"] in ("cpu", "cuda")     # the run's "auto": whichever ran, named
    # the cloudy months are named, as counted on the cube itself (December and January are all nodata)
    s2, _ = _cube()
    observed = np.isfinite(s2).any(1).reshape(12, -1).sum(1)
    labels = [f"{2020 + (10 + m) // 12}-{(10 + m) % 12 + 1:02d}" for m in range(12)]
    empty = [lab for lab, n in zip(labels, observed) if n == 0]
    thin = [f"{lab} ({100 * n / 10000:.0f} %)" for lab, n in zip(labels, observed) if 0 < n < 5000]
    assert empty == ["2020-12", "2021-01"]
    line = next(m for m in bel["log"].messages if m.startswith("S2 months masked"))
    assert line.startswith(f"S2 months masked (no valid observation) in every pixel: {', '.join(empty) or 'none'}; "
                           f"observed in fewer than half the pixels: {', '.join(thin) or 'none'}")
    assert not any(m.startswith("S1 months masked") for m in bel["log"].messages)   # S1 every month


def test_s1_only_and_grid_factor(bel, tmp_path):
    out = str(tmp_path / "s1only.tif")
    run_encode(out, s1_path=bel["s1"], preset="presto", threads=1)
    with lt.open_latent(out) as a, lt.open_latent(bel["out"]) as b:
        assert a.modalities == ("S1",)
        ma, mb = a.read(0)[0], b.read(0)[0]
        assert np.isfinite(ma).all() and np.abs(ma - mb).mean() > 0.05     # S2 adds information
        assert (a.ds.read(a.quality_band(0)) == 1200).all()                 # 12 S1 months, no S2
    from eolatent.core.textquery.query_raster import run_textquery       # the towers learnt from optical latents
    log = Recording()
    run_textquery(out, "forest", str(tmp_path / "p.tif"), cache_dir=str(tmp_path / "c"), feedback=log)
    assert [w for w in log.warnings if w.startswith("s1only.tif was encoded without Sentinel-2 (S1 only)")], log.warnings
    out4 = str(tmp_path / "g4.tif")
    run_encode(out4, s2_path=bel["s2"], s1_path=bel["s1"], preset="presto", threads=1, grid_factor=4)
    s2, s1 = _cube()
    with lt.open_latent(out4) as g:
        assert (g.grid.width, g.grid.height) == (25, 25) and g.chunk_px == 4
        m = g.read(0)[0][:, 1, 2]
        tr, crs = g.ds.transform, g.ds.crs
    with np.errstate(invalid="ignore"), np.testing.suppress_warnings() as sup:
        sup.filter(RuntimeWarning)
        blk2 = np.nanmean(s2[:, :, 4:8, 8:12].reshape(12, 10, -1), axis=2)[None]
        lin = np.nanmean(np.power(10.0, s1[:, :, 4:8, 8:12] / 10).reshape(12, 2, -1), axis=2)
    blk1 = (10 * np.log10(lin))[None]
    x, y = tr * (2.5, 1.5)
    la, lo = pin.to_wgs84(crs, np.array([x]), np.array([y]))
    want = embed_series(PrestoEncoder(provider="cpu", threads=1), blk2, blk1, 11, np.stack([la, lo], 1))[0]
    assert np.abs(m - want).max() < 1e-4


def test_errors(bel, tmp_path):
    with pytest.raises(EncodeInputError, match="grid factor"):
        run_encode(str(tmp_path / "x.tif"), s2_path=bel["s2"], preset="fine4", grid_factor=2)
    with pytest.raises(EncodeInputError, match="no acquisition"):
        run_encode(str(tmp_path / "y.tif"), s2_path=bel["s2"], preset="presto", start="2019-01-01",
                   end="2019-03-01")
    assert not (tmp_path / "x.tif").exists() and not (tmp_path / "y.tif").exists()


def test_downstream_reads_presto_latent(bel, tmp_path):
    from eolatent.core.classify.features import FeatureSource

    src = FeatureSource(bel["out"])
    assert src.n_features == 128 and src.spec["encoder"] == "eolatent.encoder.presto"
    feats = src.read()
    with lt.open_latent(bel["out"]) as lat:
        assert np.array_equal(feats, lat.read(0)[0], equal_nan=True)


def test_processing_model_presto(eolatent_provider, bel, tmp_path):
    """eolatent:encode MODEL=presto GRID_FACTOR=5 through Processing (the preset name is the value) = the core run;
    a decoder refuses the Presto latent naming the encoder."""
    import processing
    from qgis.core import QgsProcessingException

    from eolatent.processing_provider.decode_algorithm import DecodeAlgorithm
    from eolatent.processing_provider.encode_algorithm import EncodeAlgorithm

    for alg in (EncodeAlgorithm(), DecodeAlgorithm()):
        if eolatent_provider.algorithm(alg.name()) is None:
            eolatent_provider.addAlgorithm(alg)
    assert "presto" in eolatent_provider.algorithm("encode").parameterDefinition("MODEL").options()
    out = str(tmp_path / "p5.tif")
    res = processing.run("eolatent:encode", dict(S2_STACK=bel["s2"], S1_STACK=bel["s1"], MODEL="presto",
                                                 GRID_FACTOR=5, OUTPUT=out, EXECUTION_PROVIDER=2, THREADS=1))
    assert res["WINDOWS"] == "2020-11-01/2021-10-31"
    core = str(tmp_path / "core5.tif")
    run_encode(core, s2_path=bel["s2"], s1_path=bel["s1"], preset="presto", threads=1, grid_factor=5)
    with rasterio.open(out) as a, rasterio.open(core) as b:
        assert a.shape == (20, 20) and np.allclose(a.read(), b.read(), atol=1e-5, equal_nan=True)
    with pytest.raises(QgsProcessingException, match="presto"):
        processing.run("eolatent:decode", dict(INPUT=out, DATES="2021-06-01", OUTPUT_LAI=str(tmp_path / "l.tif")))


def test_block_run_equals_whole_run(bel, tmp_path):
    """python -m eolatent encode --model presto in blocks (here 9) = the whole-raster run: pixels (to 1e-6), tags,
    grid — each block's latitude/longitude come from its own window of the grid."""
    from eolatent.core.scaleout.distributed import run_job

    p = dict(s2_path=bel["s2"], s1_path=bel["s1"], preset="presto", grid_factor=2, threads=1, tile_size=16)
    rep = run_job("encode", dict(p, outputs={"latent": str(tmp_path / "blocks.tif")}), block_size=20)
    assert rep.blocks == 9
    run_encode(str(tmp_path / "whole.tif"), s2_path=bel["s2"], s1_path=bel["s1"], preset="presto", grid_factor=2,
               threads=1, tile_size=16)
    with rasterio.open(tmp_path / "blocks.tif") as a, rasterio.open(tmp_path / "whole.tif") as b:
        x, y = a.read(), b.read()
        assert np.array_equal(np.isnan(x), np.isnan(y)) and np.allclose(x, y, atol=1e-6, equal_nan=True)
        assert a.tags() == b.tags() and a.transform == b.transform and a.descriptions == b.descriptions
        # the mosaic's exact statistics, pooled from the blocks', are the whole run's (they were dropped)
        for band in range(1, a.count + 1):
            sa, sb = ({k: float(v) for k, v in ds.tags(band).items() if k.startswith("STATISTICS_")} for ds in (a, b))
            assert sa.keys() == sb.keys() and len(sa) == 5
            for k in sa:
                assert sa[k] == pytest.approx(sb[k], rel=1e-5, abs=1e-5), (band, k)


def test_presto_small_gives_presto_features_faster(bel, tmp_path):
    """MODEL=presto_small on the same cube: the latent layout of presto (band names and tags), EMBEDDING_SPACE naming
    Presto, features close to Presto's pixel by pixel (the cube is one of the student's training regions: the held-out
    figures are in test_presto_distill.py), and the log says what was masked as for presto."""
    log = Recording()
    out = str(tmp_path / "small.tif")
    run_encode(out, s2_path=bel["s2"], s1_path=bel["s1"], preset="presto_small", threads=1, tile_size=64, feedback=log)
    with lt.open_latent(bel["out"]) as a, lt.open_latent(out) as b:
        assert b.encoder_id == "eolatent.encoder.presto_small" and b.embedding_space == "eolatent.encoder.presto"
        assert a.embedding_space == a.encoder_id == "eolatent.encoder.presto"
        assert b.embedding_space_version == a.encoder_version
        fa, fb = a.read(0)[0].reshape(128, -1).T, b.read(0)[0].reshape(128, -1).T
    with rasterio.open(bel["out"]) as da, rasterio.open(out) as db:
        assert da.descriptions == db.descriptions and da.transform == db.transform
        q = da.count
        np.testing.assert_array_equal(da.read(q), db.read(q))          # the months-observed band
    ok = np.isfinite(fa).all(1)
    assert ok.mean() > 0.99 and np.array_equal(ok, np.isfinite(fb).all(1))
    cos = (fa[ok] * fb[ok]).sum(1) / np.linalg.norm(fa[ok], axis=1) / np.linalg.norm(fb[ok], axis=1)
    assert np.median(cos) > 0.95
    assert any("masked (not in the input): B8A" in line for line in log.messages)


def test_presto_small_refuses_band_subsets_it_never_learnt(bel, tmp_path):
    """The audit: presto_small on the 10 m bands only (or VV only) gave features far from Presto's (median cosine
    0.47 on held-out pixels; 0.14 on this cube) yet claimed Presto's embedding space, and the Presto text tower read
    "forest" at 0.81 on farmland. It refuses, pointing to presto, which masks any subset; nothing is written."""
    ten_m = str(tmp_path / "s2_10m.tif")
    with rasterio.open(bel["s2"]) as src:
        keep = [b for b in range(1, src.count + 1) if src.tags(b).get("BAND_NAME") in ("B02", "B03", "B04", "B08")]
        profile = dict(src.profile, count=len(keep))
        with rasterio.open(ten_m, "w", **profile) as dst:
            dst.write(src.read(keep))
            dst.update_tags(**src.tags())
            for k, b in enumerate(keep, start=1):
                dst.set_band_description(k, src.descriptions[b - 1])
                dst.update_tags(k, **src.tags(b))
    out = str(tmp_path / "small.tif")
    with pytest.raises(EncodeInputError, match=r"without B05, B06, B07, B11, B12 its features would be far from "
                                               r"Presto's .*encode with MODEL=presto / --model presto instead"):
        run_encode(out, s2_path=ten_m, preset="presto_small", threads=1)
    assert not os.path.exists(out)
    run_encode(out, s2_path=ten_m, preset="presto", threads=1, tile_size=64)      # Presto masks them
    with lt.open_latent(out) as a:
        assert "B05" in a.ds.tags()["MASKED_INPUTS"]


def test_presto_reads_only_the_period_asked_for(bel, tmp_path):
    """Monthly tokens cover whole months, but the dates of those months outside START/END are not read (the audit:
    a period of two cloudy dates was encoded from the clear dates of the same months outside it)."""
    out = str(tmp_path / "dec.tif")
    run_encode(out, s2_path=bel["s2"], s1_path=bel["s1"], preset="presto", threads=1, start="2020-11-20",
               end="2021-01-10")            # the cube's dates are the 15th of each month: only 2020-12-15 is inside
    with lt.open_latent(out) as a:
        quality = a.ds.read(a.quality_band(0))
    assert quality.max() <= 101 and (quality // 100 == 1).all()      # one S1 month (and at most one S2 month)


def test_the_log_names_the_location_given_to_presto():
    """Presto reads the place: the log gives the latitude / longitude span the raster's georeferencing yields."""
    from rasterio.crs import CRS
    from rasterio.transform import from_origin

    from eolatent.core.encode.presto.encode_raster import location_line
    from eolatent.core.inputs.sentinel2.common import Grid

    line = location_line(Grid(CRS.from_epsg(4326), from_origin(5.0, 51.0, 0.01, 0.02), 10, 5))
    assert "latitude 50.9000 … 51.0000, longitude 5.0000 … 5.1000" in line
    utm = location_line(Grid(CRS.from_epsg(32631), from_origin(500000, 5600000, 10, 10), 100, 100))
    assert "latitude 50.5429 … 50.5519, longitude 3.0000 … 3.0141" in utm      # UTM 31N: x 500 km = 3° E


def test_month_gap_lines_name_empty_and_thin_months():
    from eolatent.core.encode.presto.encode_raster import month_gap_lines

    months = [[(2021, 3), (2021, 4), (2021, 5)]]
    lines = month_gap_lines(months, {(0, "S2"): np.array([0, 40, 100]), (0, "S1"): np.array([100, 100, 100])}, 100)
    assert lines == ["S2 months masked (no valid observation) in every pixel: 2021-03; observed in fewer than half "
                     "the pixels: 2021-04 (40 %) — the quality band counts each pixel's observed months"]


def test_a_cancel_is_seen_between_batches_not_only_between_tiles(bel, tmp_path):
    """One 64-px tile of 12 months is 4096 pixels, 32 batches: the run stops at the next batch, with no output."""
    from eolatent.core.encode.presto import embed as embed_mod
    from eolatent.core.engine.tiling import Cancelled, Feedback

    calls = []
    real = embed_mod.PrestoEncoder.embed

    class Counting(Feedback):
        def is_canceled(self):
            return len(calls) >= 1

    def counted(self, *a, **kw):
        calls.append(1)
        return real(self, *a, **kw)

    out = tmp_path / "x.tif"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(embed_mod.PrestoEncoder, "embed", counted)
        with pytest.raises(Cancelled):
            run_encode(str(out), s2_path=bel["s2"], preset="presto_small", threads=1, tile_size=64,
                       feedback=Counting())
    assert len(calls) == 1 and not out.exists() and os.listdir(tmp_path) == []


def test_text_query_counts_the_observed_s2_months(bel, tmp_path):
    """A text query on a Presto latent counts, per pixel, the months with a clear S2 observation (its quality band:
    10 of 12 on this cube, December and January being cloudy), not the one 12-month window it counted before."""
    from eolatent.core.textquery.query_raster import run_textquery

    with lt.open_latent(bel["out"]) as lat:
        q = lat.ds.read(lat.quality_band(0)).astype(int)
        assert lat.window_months == 12 and np.array_equal(lat.read_quality()[0], q)
    log, qual = Recording(), str(tmp_path / "q.tif")
    run_textquery(bel["out"], "forest", str(tmp_path / "p.tif"), cache_dir=str(tmp_path / "c"), feedback=log,
                  quality_output=qual)
    with rasterio.open(qual) as ds:
        got = ds.read(1)
        assert ds.descriptions[0] == "months with a clear Sentinel-2 observation behind the latent"
    np.testing.assert_array_equal(got, q % 100)
    s2 = q % 100
    line = next(m for m in log.messages if m.startswith("month(s) with a clear Sentinel-2 observation per pixel"))
    assert line == (f"month(s) with a clear Sentinel-2 observation per pixel, out of 12: median {np.median(s2):.0f}, "
                    f"min {s2.min()}, max {s2.max()} over the {s2.size} pixel(s) with any")
    # pixels whose latent rests on radar months only (quality 1200) are NaN: the towers learnt from optical latents
    import shutil

    radar = str(tmp_path / "radar_block.tif")
    shutil.copy(bel["out"], radar)
    with lt.open_latent(bel["out"]) as lat:
        band = lat.quality_band(0)
    with rasterio.open(radar, "r+") as ds:
        qq = ds.read(band)
        qq[:10, :20] = 1200
        ds.write(qq, band)
    log = Recording()
    run_textquery(radar, "forest", str(tmp_path / "p2.tif"), cache_dir=str(tmp_path / "c"), feedback=log)
    with rasterio.open(str(tmp_path / "p2.tif")) as ds:
        p = ds.read(1)
    assert np.isnan(p[:10, :20]).all() and np.isfinite(p).sum() == p.size - 200
    assert "200 of 10000 pixel(s) (2.0 %) have no month with a clear Sentinel-2 observation" in " ".join(log.messages)


def test_text_query_months_of_a_short_window(bel, tmp_path):
    """A Presto latent of three months (its one window shorter than the card's 12): out of 3, not 12 (the review)."""
    from eolatent.core.textquery.query_raster import run_textquery

    out = str(tmp_path / "spring.tif")
    run_encode(out, s2_path=bel["s2"], preset="presto", threads=1, start="2021-04-01", end="2021-06-30")
    log = Recording()
    run_textquery(out, "forest", str(tmp_path / "p.tif"), cache_dir=str(tmp_path / "c"), feedback=log)
    assert any(m.startswith("month(s) with a clear Sentinel-2 observation per pixel, out of 3: median 3")
               for m in log.messages), log.messages
