# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent encode, from an audit as a hidden evaluator: a stack without a CRS said only "CRS is invalid: None" (after
the encoder line was logged); it is refused before any work, naming the file and the fix."""
import os
import shutil

import pytest


def test_a_stack_without_a_crs_is_refused_clearly(tmp_path):
    from osgeo import gdal
    from latent_fixtures import write_stacks

    from eolatent.core.encode.common import EncodeInputError
    from eolatent.core.encode.raster import run_encode

    s2 = write_stacks(str(tmp_path))["s2"]
    bare = str(tmp_path / "nocrs.tif")
    shutil.copy(s2, bare)
    ds = gdal.Open(bare, gdal.GA_Update)
    ds.SetProjection("")
    ds = None
    out = str(tmp_path / "lat.tif")
    for preset in ("presto", "fine4"):
        with pytest.raises(EncodeInputError, match=r"nocrs.tif has no coordinate reference system: georeference it "
                                                   r"\(e.g. gdal_edit.py -a_srs"):
            run_encode(out, s2_path=bare, preset=preset, threads=1)
        assert not os.path.exists(out)
