# SPDX-License-Identifier: GPL-3.0-or-later
"""Assembling the block files of a block run (core/scaleout/distributed.py) into the final outputs: a VRT over the
block GeoTIFFs, or a tiled GeoTIFF / COG mosaic, written to hidden temporary files and renamed only when
every output is complete."""
from __future__ import annotations

import os
import shutil
from typing import Dict, List

from ..i18n import tr
from .block_views import union_data_window
from .plan import DistributedError, Plan
from ..outputs.files import part_file
from ..outputs.geotiff import BLOCK, gtiff_creation_options, publish, statistics_tags
from ..outputs.vrt import VrtBand, VrtSource, write_vrt_file


def _empty_run_message(plan: Plan, files: List[str]) -> str:
    """Why a run whose blocks all held no valid pixel failed: what its first block's run would have said (the
    inputs, and e.g. that clouds were detected, with the switch that keeps them; the driver names the block's views
    by the user's files, as in every error); the general wording where the blocks did not say."""
    from ..engine.input_checks import no_valid_pixel_message

    for f in files[:1]:
        try:
            with open(os.path.join(os.path.dirname(f), "EMPTY"), encoding="utf-8") as fh:
                said = fh.read().strip()
        except OSError:
            said = ""
        if said:
            return said
    return no_valid_pixel_message(sorted(set(plan.renames.values())) or tr("the input"))


def write_vrt(path: str, plan: Plan, blocks: List[dict], files: List[str], overrides: Dict[str, str],
              relative: bool) -> None:
    """A VRT mosaic of the block files on the output grid, with the metadata of the first block that has
    valid pixels (a block without any is marked EMPTY)."""
    import rasterio

    meta = [f for f in files if not os.path.exists(os.path.join(os.path.dirname(f), "EMPTY"))]
    if not meta:
        raise DistributedError(tr("{problem}; nothing was written", problem=_empty_run_message(plan, files)))
    with rasterio.open(meta[0]) as ds:
        count, dtypes, nodata = ds.count, ds.dtypes, ds.nodata
        tags = dict(ds.tags())
        for view, name in plan.renames.items():  # the blocks saw views of the inputs: name the inputs
            tags = {k: v.replace(view, name) for k, v in tags.items()}
        tags.update(overrides)
        if "DATA_WINDOW" in tags:           # a latent's data window: that of all its blocks, not the first one's
            tags["DATA_WINDOW"] = union_data_window(meta)
        # a block's own statistics (core.outputs.geotiff) do not describe the mosaic: those of all blocks do
        band_tags = [{k: v for k, v in ds.tags(b).items() if not k.startswith("STATISTICS_")}
                     for b in range(1, count + 1)]
        descr, units = ds.descriptions, ds.units
    for b, st in enumerate(mosaic_statistics(files, count, plan.width * plan.height)):
        band_tags[b].update(st)
    base = os.path.dirname(os.path.abspath(path))
    names = [os.path.relpath(os.path.abspath(f), base) if relative else os.path.abspath(f) for f in files]
    bands = [VrtBand(dtypes[b - 1],
                     [VrtSource(name, b, (0, 0, blk["width"], blk["height"]),
                                (blk["col"], blk["row"], blk["width"], blk["height"]), relative=relative)
                      for blk, name in zip(blocks, names)],
                     description=descr[b - 1] or "", nodata=nodata, units=units[b - 1] or "", tags=band_tags[b - 1])
             for b in range(1, count + 1)]
    write_vrt_file(path, plan.width, plan.height, plan.crs_wkt, plan.transform, bands, tags)


def mosaic_statistics(files: List[str], count: int, n_pixels: int) -> List[Dict[str, str]]:
    """The exact STATISTICS_* band tags of the mosaic of ``files`` (blocks that tile it without overlap), from the
    blocks' own exact statistics (core.outputs.geotiff): counts, means and population variances pooled, minimum
    and maximum of the blocks'; a band without any valid pixel says so, as a single file does; none where a block
    lacks its statistics (a file not written by the runner)."""
    import math

    import rasterio

    pooled = [[] for _ in range(count)]       # (n valid, mean, std, min, max) of each block holding valid pixels
    unknown = set()                           # bands with a block without its statistics: none for the mosaic
    keys = tuple(statistics_tags(None))         # the five tags the runner writes
    for f in files:
        with rasterio.open(f) as ds:
            size = ds.width * ds.height
            for b in range(count):
                t = ds.tags(b + 1)
                if not all(k in t for k in keys):
                    unknown.add(b)
                    continue
                n = round(float(t["STATISTICS_VALID_PERCENT"]) / 100.0 * size)
                if n > 0:
                    lo, hi = float(t["STATISTICS_MINIMUM"]), float(t["STATISTICS_MAXIMUM"])
                    if hi == lo + max(abs(lo), 1.0) * 1e-6:    # a constant block: statistics_tags nudged its maximum
                        hi = lo                                   # up by exactly this (repr round-trips the float)
                    pooled[b].append((n, float(t["STATISTICS_MEAN"]), float(t["STATISTICS_STDDEV"]), lo, hi))
    out = []
    for b, parts in enumerate(pooled):
        if b in unknown:
            out.append({})
            continue
        if not parts:
            out.append(statistics_tags(None))
            continue
        n = sum(p[0] for p in parts)
        mean = sum(p[0] * p[1] for p in parts) / n
        var = sum(p[0] * (p[2] ** 2 + (p[1] - mean) ** 2) for p in parts) / n
        out.append(statistics_tags(dict(minimum=min(p[3] for p in parts), maximum=max(p[4] for p in parts),
                                        mean=mean, stddev=math.sqrt(max(var, 0.0)),
                                        valid_percent=100.0 * n / n_pixels)))
    return out


def _translate(vrt: str, out: str, cog: bool, dtype: str, count: int, width: int, height: int) -> None:
    from osgeo import gdal

    predictor = "3" if dtype.startswith("float") else "2"
    if cog:
        opts = ["COMPRESS=DEFLATE", f"PREDICTOR={predictor}", "BIGTIFF=IF_SAFER", f"BLOCKSIZE={BLOCK}",
                "NUM_THREADS=ALL_CPUS"]
        if not dtype.startswith("float"):   # flags, classes, masks: overviews pick values, never average them
            opts.append("OVERVIEW_RESAMPLING=NEAREST")   # (averaged quality flags read 1 | 2 where none was set)
        fmt = "COG"
    else:
        opts = gtiff_creation_options(width, height, count, dtype) + ["NUM_THREADS=ALL_CPUS"]  # the runner's layout
        fmt = "GTiff"
    ds = gdal.Translate(out, vrt, format=fmt, creationOptions=opts)
    if ds is None:
        raise DistributedError(tr("assembling {path} failed: {error}", path=out, error=gdal.GetLastErrorMsg()))
    ds = None


def _single_vrt(src: str, path: str) -> None:
    from osgeo import gdal

    ds = gdal.Translate(path, src, format="VRT")
    if ds is None:
        raise DistributedError(tr("cannot write {path}: {error}", path=path, error=gdal.GetLastErrorMsg()))
    ds = None


def assemble(plan: Plan, blocks: List[dict], tiles_dir: str, outputs: Dict[str, str], cog: bool) -> None:
    """Mosaic every output from the block files; all outputs appear together, at the end."""
    import rasterio

    pending = []
    try:
        for key, path in outputs.items():
            files = [os.path.join(tiles_dir, "blocks", b["name"], f"{key}.tif") for b in blocks]
            is_vrt = path.lower().endswith(".vrt")
            # hidden part files beside the output, named by host and process: a run killed here (SIGKILL) leaves
            # them, and the next run that writes the output removes them (core/outputs/files.py)
            if plan.single:  # one block: its file is the output
                fd, tmp = part_file(path, ".part" + (".vrt" if is_vrt else ".tif"))
                os.close(fd)
                pending.append((tmp, path))
                if is_vrt:
                    _single_vrt(files[0], tmp)
                elif cog:
                    with rasterio.open(files[0]) as ds:
                        _translate(files[0], tmp, True, ds.dtypes[0], ds.count, ds.width, ds.height)
                else:
                    shutil.copyfile(files[0], tmp)
                continue
            fd, vrt = part_file(path, ".part.vrt")
            os.close(fd)
            pending.append((vrt, path if is_vrt else None))
            write_vrt(vrt, plan, blocks, files, plan.tag_overrides.get(key, {}), relative=is_vrt)
            if is_vrt:
                continue
            with rasterio.open(files[0]) as ds:
                dtype, count = ds.dtypes[0], ds.count
            fd, tif = part_file(path, ".part.tif")
            os.close(fd)
            pending.append((tif, path))
            _translate(vrt, tif, cog, dtype, count, plan.width, plan.height)
        for tmp, final in pending:
            if final is not None:
                publish(tmp, final)
            elif os.path.exists(tmp):
                os.unlink(tmp)
        pending = []
    finally:
        for tmp, _ in pending:
            for leftover in (tmp, tmp + ".aux.xml"):
                if os.path.exists(leftover):
                    os.unlink(leftover)
