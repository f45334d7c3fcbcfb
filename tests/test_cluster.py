# SPDX-License-Identifier: GPL-3.0-or-later
"""core.classify.cluster: known clusters are recovered (adjusted Rand index 1), automatic k finds the true k,
tiled assignment equals the numpy nearest-centroid reference, nodata stays nodata; eolatent:cluster in QGIS."""
import os

import numpy as np
import pytest
import rasterio

import classify_fixtures as CF
from eolatent.core.classify.cluster import ClusterError, assign, run_cluster

sk = pytest.importorskip("sklearn.metrics")


@pytest.fixture(scope="module")
def blob_raster(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cluster")
    x, labels = CF.blobs(k=4, size=(60, 50), n_features=6, seed=3)
    x[:, 0:3, 0:4] = np.nan  # nodata patch
    return CF.write_raster(folder / "blobs.tif", x), x, labels, folder


def test_blobs_recovered_and_auto_k_is_true_k(blob_raster):
    path, x, labels, folder = blob_raster
    res = run_cluster(path, str(folder / "auto.tif"), k=0, k_max=8, sample_size=2000, seed=0, tile_size=16)
    assert res.auto and res.k == 4
    assert max(res.scores, key=res.scores.get) == 4
    with rasterio.open(res.output) as ds:
        got = ds.read(1)
        assert ds.nodata == 0
    nodata = np.isnan(x).all(axis=0)
    assert (got[nodata] == 0).all() and (got[~nodata] > 0).all()
    assert sk.adjusted_rand_score(labels[~nodata], got[~nodata]) == 1.0
    # clusters numbered by decreasing size in the sample, assignment = numpy nearest centroid everywhere
    xf = x.reshape(x.shape[0], -1).T[~nodata.ravel()]
    np.testing.assert_array_equal(got[~nodata], assign(xf, res.centroids) + 1)
    assert list(res.sizes) == sorted(res.sizes, reverse=True)


def test_an_empty_feature_is_named_and_changes_nothing(blob_raster, tmp_path):
    """A band that is NaN everywhere: the log names it, and the clusters are those of the raster without it."""
    from feedback_fixtures import Recording

    path, x, labels, folder = blob_raster
    with_empty = np.concatenate([x, np.full((1,) + x.shape[1:], np.nan, np.float32)])
    desc = [f"band {i + 1}" for i in range(x.shape[0])] + ["2020-12-15 LAI [m2/m2]"]
    p2 = CF.write_raster(tmp_path / "with_empty.tif", with_empty, descriptions=desc)
    fb = Recording()
    a = run_cluster(p2, str(tmp_path / "a.tif"), k=4, sample_size=2000, seed=0, feedback=fb)
    assert any(m.startswith("1 of 7 features hold no value in the sampled pixels (2020-12-15 LAI [m2/m2]")
               for m in fb.messages), fb.messages
    b = run_cluster(path, str(tmp_path / "b.tif"), k=4, sample_size=2000, seed=0)
    with rasterio.open(a.output) as da, rasterio.open(b.output) as db:
        assert sk.adjusted_rand_score(da.read(1).ravel(), db.read(1).ravel()) == 1.0


def test_user_k_and_tiling_invariance(blob_raster):
    path, x, labels, folder = blob_raster
    a = run_cluster(path, str(folder / "k3a.tif"), k=3, sample_size=1500, seed=1, tile_size=7)
    b = run_cluster(path, str(folder / "k3b.tif"), k=3, sample_size=1500, seed=1, tile_size=512)
    with rasterio.open(a.output) as da, rasterio.open(b.output) as db:
        np.testing.assert_array_equal(da.read(), db.read())
        assert set(np.unique(da.read(1))) == {0, 1, 2, 3}
    assert not a.auto and a.scores == {}


def test_cluster_errors(blob_raster, tmp_path):
    path, *_ = blob_raster
    with pytest.raises(ClusterError, match="at least 2"):
        run_cluster(path, str(tmp_path / "x.tif"), k=1)
    with pytest.raises(OSError, match="does not exist"):
        run_cluster(path, str(tmp_path / "no" / "x.tif"), k=2)
    tiny = CF.write_raster(tmp_path / "tiny.tif", np.full((2, 2, 2), np.nan, np.float32))
    with pytest.raises(ClusterError, match=r"tiny.tif has no valid pixel \(nodata or NaN everywhere\): nothing to "
                                           r"cluster"):    # the CLI audit: "only 0 valid pixel(s) … more than k = 2"
        run_cluster(tiny, str(tmp_path / "y.tif"), k=0)
    few = np.full((2, 2, 2), np.nan, np.float32)
    few[:, 0, :] = 1.0
    few = CF.write_raster(tmp_path / "few.tif", few)
    with pytest.raises(ClusterError, match=r"only 2 valid pixel\(s\); clustering needs more than k = 2 \(the "
                                           r"smallest k the automatic choice tries\)"):
        run_cluster(few, str(tmp_path / "y.tif"), k=0)
    with pytest.raises(ClusterError, match=r"clustering needs more than k = 2$"):
        run_cluster(few, str(tmp_path / "y.tif"), k=2)
    assert not os.path.exists(tmp_path / "x.tif") and not os.path.exists(tmp_path / "y.tif")


def test_cluster_through_processing(eolatent_provider, blob_raster, tmp_path):
    import processing

    path, x, labels, folder = blob_raster
    out = str(tmp_path / "clusters.tif")
    res = processing.run("eolatent:cluster", dict(INPUT=path, K=0, K_MAX=6, SAMPLE_SIZE=2000, OUTPUT=out))
    assert res["K_CHOSEN"] == 4 and '"4"' in res["SCORES"]
    qml = open(out.replace(".tif", ".qml")).read()
    assert all(f'label="cluster {i}"' in qml for i in range(1, 5)) and "paletted" in qml
