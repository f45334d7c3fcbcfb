# SPDX-License-Identifier: GPL-3.0-or-later
"""core.classify.similarity on the real Slovenia fine4 latent raster: a pixel is identical to itself (1), the
map equals a numpy cosine reference (all windows and per window), references average per feature; errors;
eolatent:similarity through QGIS Processing with a reference layer in another CRS."""
import os
import warnings

import numpy as np
import pytest
import rasterio

import classify_fixtures as CF
from eolatent.core.classify.samples import SampleError, Samples
from eolatent.core.classify.similarity import SimilarityError, run_similarity


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    folder = tmp_path_factory.mktemp("similarity")
    data = CF.slovenia_latent(str(folder))
    with rasterio.open(data["latent"]) as ds:
        data["transform"], data["crs"] = ds.transform, ds.crs
    from eolatent.core.latent.contract import open_latent

    with open_latent(data["latent"]) as lt:
        data["means"] = lt.read_means().astype(np.float64)  # (nw, L, H, W)
    data["folder"] = folder
    return data


def _point(transform, row, col):
    x, y = transform * (col + 0.5, row + 0.5)
    return {"type": "Point", "coordinates": [x, y]}


def _cos_reference(means, ref, per_window):
    nw, size, h, w = means.shape
    out = np.full((nw if per_window else 1, h, w), np.nan)
    for r in range(h):
        for c in range(w):
            x = means[:, :, r, c]
            ok = np.isfinite(x).all(1) & np.isfinite(ref).all(1)
            if per_window:
                for k in np.nonzero(ok)[0]:
                    out[k, r, c] = x[k] @ ref[k] / np.linalg.norm(x[k]) / np.linalg.norm(ref[k])
            elif ok.any():
                a, b = x[ok].ravel(), ref[ok].ravel()
                out[0, r, c] = a @ b / np.linalg.norm(a) / np.linalg.norm(b)
    return out


def test_pixel_is_similar_to_itself_and_map_equals_numpy_cosine(real, tmp_path):
    row, col = 12, 9
    res = run_similarity(real["latent"], Samples([_point(real["transform"], row, col)], [1]),
                         str(tmp_path / "s.tif"), tile_size=5)
    ref = real["means"][:, :, row, col]
    np.testing.assert_allclose(res.reference, ref, rtol=1e-6, equal_nan=True)
    with rasterio.open(res.output) as ds:
        sim = ds.read()
        assert ds.count == 1
    assert sim[0, row, col] == pytest.approx(1.0, abs=1e-6)
    np.testing.assert_allclose(sim, _cos_reference(real["means"], ref, False), atol=1e-6, equal_nan=True)
    assert np.nanmax(sim) <= 1.0 and np.isfinite(sim).mean() > 0.95
    per = run_similarity(real["latent"], Samples([_point(real["transform"], row, col)], [1]),
                         str(tmp_path / "w.tif"), per_window=True)
    with rasterio.open(per.output) as ds:
        pw = ds.read()
        assert ds.count == len(per.bands) == real["means"].shape[0]
    np.testing.assert_allclose(pw, _cos_reference(real["means"], ref, True), atol=1e-6, equal_nan=True)


def test_references_are_averaged_per_feature(real, tmp_path):
    t = real["transform"]
    x0, y0 = t * (3, 4)
    x1, y1 = t * (6, 6)  # a 3 × 2 px polygon (6 pixels) and a point: equal weights
    poly = {"type": "Polygon", "coordinates": [[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]}
    res = run_similarity(real["latent"], Samples([poly, _point(t, 20, 20)], [1, 1]), str(tmp_path / "m.tif"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # windows cloudy on every pixel of a feature stay NaN
        a = np.nanmean(real["means"][:, :, 4:6, 3:6].reshape(*real["means"].shape[:2], -1), axis=2)
        expect = np.nanmean(np.stack([a, real["means"][:, :, 20, 20]]), axis=0)
    np.testing.assert_allclose(res.reference, expect, rtol=1e-5, atol=1e-6, equal_nan=True)


def test_similarity_errors(real, tmp_path):
    far = {"type": "Point", "coordinates": [0.0, 0.0]}
    with pytest.raises(SampleError, match="no reference feature overlaps"):
        run_similarity(real["latent"], Samples([far], [1]), str(tmp_path / "a.tif"))
    with pytest.raises(SimilarityError, match="not a latent raster"):
        run_similarity(real["stack"], Samples([_point(real["transform"], 1, 1)], [1]), str(tmp_path / "b.tif"))
    with pytest.raises(OSError, match="does not exist"):
        run_similarity(real["latent"], Samples([_point(real["transform"], 1, 1)], [1]),
                       str(tmp_path / "no" / "c.tif"))
    assert not any(os.path.exists(tmp_path / n) for n in ("a.tif", "b.tif"))


def test_similarity_through_processing(eolatent_provider, real, tmp_path):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry
    from qgis.core import QgsPointXY, QgsProject, QgsVectorLayer

    row, col = 7, 15
    x, y = real["transform"] * (col + 0.5, row + 0.5)
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    ct = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32633"), wgs, QgsProject.instance())
    p = ct.transform(QgsPointXY(x, y))
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "ref", "memory")
    feat = QgsFeature()
    feat.setGeometry(QgsGeometry.fromPointXY(p))
    layer.dataProvider().addFeatures([feat])
    out = str(tmp_path / "sim.tif")
    processing.run("eolatent:similarity", dict(INPUT=real["latent"], REFERENCE=layer, OUTPUT=out))
    with rasterio.open(out) as ds:
        assert ds.read(1)[row, col] == pytest.approx(1.0, abs=1e-6)
    assert os.path.exists(out.replace(".tif", ".qml"))
