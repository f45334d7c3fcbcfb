# SPDX-License-Identifier: GPL-3.0-or-later
"""What the stack builder says about the bands it writes: products lacking bands the algorithms read, and bands
copied as stored because their rasters lie on the target grid."""
from __future__ import annotations

from ...engine.tiling import warn
from ...i18n import tr

#: the 10 bands the fine4 encoder and the full biophysical retrieval read; its 10 m variant reads the first four
FULL_BANDS = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
TEN_M_BANDS = ("B02", "B03", "B04", "B08")


def warn_few_bands(bands, feedback) -> None:
    """Warn when the products found lack bands the algorithms read (an RGB composite, a 3-band export)."""
    missing = [b for b in FULL_BANDS if b not in bands]
    if not missing or feedback is None:
        return
    few = [b for b in TEN_M_BANDS if b not in bands]
    if few:
        who = tr("biophysical needs at least B02,B03,B04,B08 and refuses it; so do encode (fine4) and textquery; "
                 "only the Presto presets take it, its missing bands masked")
    else:
        who = tr("biophysical falls back to a reduced band set and encode (fine4) refuses it; the Presto presets "
                 "take it")
    warn(feedback, tr("the Sentinel-2 stack will hold {bands} only, without {missing}: {consequence}; give products "
                      "with all the bands (SAFE or Theia folders, or files naming B02…B12)",
                      bands=",".join(bands), missing=",".join(missing), consequence=who))


def log_native_bands(job, grid, info):
    """Log which S2 bands are copied as stored because their rasters lie on the target grid (write.Job.native)."""
    native = {b for g in job.groups for p in g.parts for b in job.native(p, grid)}
    if native:
        names = [b for b in job.names if b in native]
        info(tr("S2 bands {bands}: read as stored where a product holds them on the target grid ({res:g}), not "
                "resampled", bands=",".join(names), res=grid.res[0]))


def warn_l1c_without_b8a(bands, levels, feedback) -> None:
    """A Level-1C stack built without B8A cannot give LAI (the top-of-atmosphere model reads all 10 bands): said
    when the stack is built, not only when eolatent:biophysical refuses it."""
    if "B8A" not in bands and "L1C" in levels:
        warn(feedback, tr("a Level-1C stack without {band} cannot give LAI: {algorithm} retrieves top-of-atmosphere "
                          "reflectance from all 10 bands, {band} included; add {band} to the bands ({parameter})",
                          band="B8A", algorithm="eolatent:biophysical", parameter="BANDS"))
