# SPDX-License-Identifier: GPL-3.0-or-later
"""The algorithms as block jobs of :mod:`.distributed`: how each one is planned, cut and run on a block.

Every block runs the algorithm's own core function on VRT views of its inputs (``gdal.Translate`` with a
source window: no pixel is copied), so the code that computes a block is the code of a whole-raster run:

* biophysical, soilmoisture, textquery: per-pixel; a block reads exactly its own pixels;
* encode: blocks on the latent grid (whole P × P chunks); the period (start/end) is resolved once and
  passed to every block, so all blocks share the same window lattice;
* decode: blocks on the latent grid; each block's view says which part of the stack it covers;
* superresolve: blocks on the fine grid in whole coarse pixels, read with a coarse halo (mask filling,
  cubic kernel, CNN receptive field, tile overlap) and cropped to the block. The guided methods fit their
  coarse temperature–guide line on the whole input: they run as one block;
* buildstack: the target grid, the dates and the bands depend on the whole scan: one block.

Parameters are plain JSON values (they are hashed into the manifest and shipped to Dask workers).
"""
from __future__ import annotations

import json
import math
import os
import shutil
from typing import Dict

from ..i18n import tr
from .plan import DistributedError, Plan

from .block_views import (crop, data_window_tag, empty_block, file_grid, is_raster_file, make_view, scaled_grid,
                          shift_data_window)


class Adapter:
    """One algorithm: ``direct`` (the core call on whole inputs), ``plan``, ``block`` (one block)."""

    def direct(self, p: dict, outputs: Dict[str, str], feedback=None):  # pragma: no cover - overridden
        raise NotImplementedError

    def plan(self, p: dict) -> Plan:  # pragma: no cover - overridden
        raise NotImplementedError

    def block(self, p: dict, block: dict, tmp: str, outs: Dict[str, str], feedback=None) -> None:  # pragma: no cover
        raise NotImplementedError

    def run_block(self, p: dict, block: dict, tmp: str, feedback=None) -> Dict[str, str]:
        outs = {k: os.path.join(tmp, f"{k}.tif") for k in p["outputs"]}
        if block["name"] == "all":
            self.direct(p, outs, feedback)
        else:
            from ..engine.input_checks import allow_empty_input

            with allow_empty_input() as seen:   # one block may hold no valid pixel; the run fails if all do
                self.block(p, block, tmp, outs, feedback)
            if seen.empty:     # the marker holds what the run would have said, for a run whose blocks all are
                with open(os.path.join(tmp, "EMPTY"), "w", encoding="utf-8") as fh:
                    fh.write(seen.message or "")
        shutil.rmtree(os.path.join(tmp, "views"), ignore_errors=True)
        return outs


def _grid_factor(p: dict) -> int:
    """The encode job's grid factor: 1 when not given; 0 or less is passed on for the encoder to refuse."""
    return 1 if p.get("grid_factor") is None else int(p["grid_factor"])


def _input_tag(p: dict, path_key: str) -> Dict[str, Dict[str, str]]:
    name = os.path.basename(p[path_key])
    return {k: {"EOLATENT_INPUT": name} for k in p["outputs"]}


class Biophysical(Adapter):
    def direct(self, p, outputs, feedback=None):
        from ..biophysical.raster import run_biophysical_raster

        return run_biophysical_raster(p["input"], outputs, sun_zenith=p.get("sun_zenith"),
                                      view_zenith=p.get("view_zenith"), relative_azimuth=p.get("relative_azimuth"),
                                      provider=p.get("provider", "auto"), threads=p.get("threads"),
                                      tile_size=p.get("tile_size", 512), feedback=feedback,
                                      level=p.get("level", "auto"), band_set=p.get("band_set", "auto"),
                                      non_vegetation=p.get("non_vegetation", True), smooth=p.get("smooth", False),
                                      smooth_window_days=p.get("smooth_window_days", 0.0),
                                      detect_clouds=p.get("detect_clouds", True),
                                      clumping=p.get("clumping", 1.0), clumping_map=p.get("clumping_map"),
                                      whole_input=p.get("whole_input"), prior=p.get("prior", "wide"))

    def plan(self, p):
        if not is_raster_file(p["input"]):
            return Plan(single=tr("the input is a product folder, not a raster file"))
        # a clumping-index map in another CRS is warped tile by tile, and GDAL's warper approximates the coordinate
        # transform per window (Ω moves by up to 0.002 with the tiling): blocks in whole tiles of the run keep the
        # windows, hence the values, of a whole run with the same tile size
        align = int(p.get("tile_size") or 512) if p.get("clumping_map") else 1
        return Plan(**file_grid(p["input"]), align=align, tag_overrides=_input_tag(p, "input"))

    def block(self, p, b, tmp, outs, feedback=None):
        view = make_view(p["input"], tmp, b["col"], b["row"], b["width"], b["height"])
        if p.get("level", "auto") == "auto":  # decided on the whole input (a block view has no name or tags)
            from ..biophysical.raster import input_levels
            p = dict(p, level=input_levels(p["input"]))
        # a fitted smoothing is fitted, and a computed sun placed, on the whole input: the same for every block
        self.direct(dict(p, input=view, whole_input=p["input"]), outs, feedback)


class SoilMoisture(Adapter):
    PATHS = ("s1_path", "lai_path", "s2_path")

    def direct(self, p, outputs, feedback=None):
        from ..soilmoisture.raster import run_soilmoisture_raster

        return run_soilmoisture_raster(p["s1_path"], outputs, lai_path=p.get("lai_path"), s2_path=p.get("s2_path"),
                                       lai_value=p.get("lai_value"), incidence=p.get("incidence"),
                                       force_gamma0=bool(p.get("force_gamma0")), provider=p.get("provider", "auto"),
                                       threads=p.get("threads"), tile_size=p.get("tile_size", 512), feedback=feedback,
                                       detect_clouds=p.get("detect_clouds", True), whole_s2=p.get("whole_s2"))

    def plan(self, p):
        given = [p[k] for k in self.PATHS if p.get(k)]
        if not all(is_raster_file(x) for x in given):
            return Plan(single=tr("an input is a folder or a list of files, not a stack"))
        return Plan(**file_grid(p["s1_path"]), tag_overrides=_input_tag(p, "s1_path"))

    def block(self, p, b, tmp, outs, feedback=None):
        views = {k: make_view(p[k], tmp, b["col"], b["row"], b["width"], b["height"], tag=k)
                 for k in self.PATHS if p.get(k)}
        # a computed sun is placed on the whole S2 stack, the same for every block
        self.direct(dict(p, whole_s2=p.get("s2_path"), **views), outs, feedback)


class Encode(Adapter):
    def direct(self, p, outputs, feedback=None):
        from ..encode.raster import run_encode

        return run_encode(outputs["latent"], s2_path=p.get("s2_path"), s1_path=p.get("s1_path"),
                          preset=p.get("preset") or "fine4", start=p.get("start"), end=p.get("end"),
                          provider=p.get("provider", "auto"), threads=p.get("threads"),
                          tile_size=p.get("tile_size", 512), memory_mb=p.get("memory_mb", 256), feedback=feedback,
                          grid_factor=_grid_factor(p), detect_clouds=p.get("detect_clouds", True))

    def plan(self, p):
        from ..latent import contract as lt

        paths = [x for x in (p.get("s2_path"), p.get("s1_path")) if x]
        if not paths:
            raise DistributedError(tr("no input stack: give a Sentinel-2 stack, a Sentinel-1 stack or both"))
        if not all(is_raster_file(x) for x in paths):
            return Plan(single=tr("an input is a folder, not a stack"))
        info = lt.resolve_model(p.get("preset") or "fine4", "encode")
        from ..encode.presto.embed import is_pixel_series

        pixel_series = is_pixel_series(info)
        chunk = _grid_factor(p) if pixel_series else lt.encoder_tiling(info)[0]
        grid = file_grid(paths[0])
        dates = []
        if p.get("s2_path"):
            from ..inputs.sentinel2 import open_s2
            with open_s2(p["s2_path"]) as src:
                dates += list(src.dates)
        if p.get("s1_path"):
            from ..inputs.sentinel1 import open_s1
            with open_s1(p["s1_path"]) as src:
                dates += list(src.dates)
        start = lt.to_date(p["start"]) if p.get("start") else min(lt.to_date(d) for d in dates)
        end = lt.to_date(p["end"]) if p.get("end") else max(lt.to_date(d) for d in dates)
        hashes = {os.path.basename(os.path.normpath(x)): lt.input_hash(x) for x in paths}
        tags = dict(STACK_WIDTH=str(grid["width"]), STACK_HEIGHT=str(grid["height"]),
                    INPUT_HASHES=json.dumps(hashes, sort_keys=True))
        out = scaled_grid(grid, chunk, math.ceil(grid["width"] / chunk), math.ceil(grid["height"] / chunk))
        # blocks in whole tiles of the encoder's run (encode_raster: tile size bounded by memory_mb), so a block
        # runs the same tiles and the same batches as the whole run
        from ..encode.raster import CHANNELS, _assign
        window_days = lt.encoder_tiling(info)[1]
        n_windows = len(set(_assign(dates, start, end, window_days)))
        budget = max(1, int(math.sqrt(p.get("memory_mb", 256) * 2 ** 20 / (CHANNELS * chunk * chunk * 4 * max(1, n_windows)))))
        tile = max(1, min(max(1, int(p.get("tile_size", 512)) // chunk), budget))
        if pixel_series:   # the tiles of presto/encode_raster.py's run, over the windows it will write
            from ..encode.presto.encode_raster import kept_windows, tile_side

            months = int(info.card["tiling"].get("window_months", 12))
            tile = tile_side(p.get("tile_size", 512), chunk, kept_windows(dates, start, end, months) or
                             [lt.TimeWindow(0, start, end)], p.get("memory_mb", 256))
        return Plan(**out, align=tile, default_block=max(1, 1024 // chunk), tag_overrides={"latent": tags},
                    extra=dict(start=start.isoformat(), end=end.isoformat(), chunk=chunk,
                               stack_size=[grid["width"], grid["height"]]))

    def block(self, p, b, tmp, outs, feedback=None):
        c, (sw, sh) = p["chunk"], p["stack_size"]
        win = (b["col"] * c, b["row"] * c, min(b["width"] * c, sw - b["col"] * c), min(b["height"] * c, sh - b["row"] * c))
        views = {k: make_view(p[k], tmp, *win, tag=k) for k in ("s2_path", "s1_path") if p.get(k)}
        self.direct(dict(p, **views), outs, feedback)
        shift_data_window(outs["latent"], win[0], win[1])     # the block's data window, in the whole stack


class Decode(Adapter):
    def direct(self, p, outputs, feedback=None):
        from ..decode.raster import run_decode

        return run_decode(p["input"], outputs, dates=p.get("dates"), start=p.get("start"), end=p.get("end"),
                          step_days=self._step(p), resolution=p.get("resolution"), decoder=p.get("decoder"),
                          provider=p.get("provider", "auto"), threads=p.get("threads"),
                          tile_size=p.get("tile_size", 512), gap_fill=p.get("gap_fill", True),
                          radar_only_optical=p.get("radar_only_optical", False),
                          memory_mb=p.get("memory_mb", 256), feedback=feedback)

    def plan(self, p):
        from ..latent import contract as lt
        from ..decode.decoder_choice import resolve_decoder
        from ..decode.raster import output_factor

        with lt.open_latent(p["input"]) as lat:
            m = output_factor(lat, p.get("resolution"))
            chunk, sw, sh = lat.chunk_px, lat.stack_width, lat.stack_height
            crs_wkt = lat.grid.crs.to_wkt() if lat.grid.crs else ""
            stack_t = lat.stack_transform
            n_dates = len(self._dates(lat, p))
            n_var = len(resolve_decoder(lat, p.get("decoder")).card["outputs"])
            n_win, size = len(lat.windows), lat.latent_size
        n = chunk // m
        # blocks in whole tiles of the decoder's run (decode_raster: tile bounded by memory_mb), so a block
        # runs the same tiles and the same batches as the whole run
        per_chunk = 4 * (n_win * size + 2 * n * n * n_var * (1 + n_dates))
        budget = max(1, int(math.sqrt(p.get("memory_mb", 256) * 2 ** 20 / per_chunk)))
        tile = n * max(1, min(max(1, int(p.get("tile_size", 512)) // n), budget))
        from affine import Affine

        t = stack_t * Affine.scale(m)
        return Plan(width=math.ceil(sw / m), height=math.ceil(sh / m), crs_wkt=crs_wkt, transform=tuple(t.to_gdal()),
                    align=tile, default_block=1024, tag_overrides=_input_tag(p, "input"),
                    extra=dict(chunk=chunk, per_chunk=n, stack_size=[sw, sh]))

    @staticmethod
    def _step(p):
        """The series step: 7 days when not given; any given value (0 included) goes to date_series,
        which refuses what is not a whole number of days ≥ 1."""
        step = p.get("step_days")
        return 7 if step is None else step

    @staticmethod
    def _dates(lat, p):
        from ..decode.raster import date_series, parse_dates

        dates = p.get("dates")
        if dates is None or (isinstance(dates, str) and not dates.strip()):
            p0, p1 = lat.period
            return sorted(set(date_series(p.get("start") or p0, p.get("end") or p1, Decode._step(p))))
        return sorted(set(parse_dates(dates)))

    def block(self, p, b, tmp, outs, feedback=None):
        c, n, (sw, sh) = p["chunk"], p["per_chunk"], p["stack_size"]
        lc, lr = b["col"] // n, b["row"] // n
        lw, lh = -(-b["width"] // n), -(-b["height"] // n)
        meta = dict(STACK_WIDTH=min(lw * c, sw - lc * c), STACK_HEIGHT=min(lh * c, sh - lr * c))
        window = data_window_tag(p["input"], -lc * c, -lr * c)      # the latent's data window, in the block's stack
        if window:
            meta["DATA_WINDOW"] = window
        view = make_view(p["input"], tmp, lc, lr, lw, lh, metadata=meta)
        self.direct(dict(p, input=view), outs, feedback)


class SuperResolve(Adapter):
    def direct(self, p, outputs, feedback=None):
        from ..superres.superres_raster import run_superres

        return run_superres(p["input"], outputs["LST"], factor=int(p.get("factor", 4)),
                            method=p.get("method", "cnn_single"), guide_path=p.get("guide_path"),
                            conserve=p.get("conserve", True), input_kind=p.get("input_kind", "auto"),
                            band=p.get("band"), provider=p.get("provider", "auto"), threads=p.get("threads"),
                            tile_size=p.get("tile_size", 512), feedback=feedback)

    def plan(self, p):
        from ..superres import methods as sr
        from ..superres.lst_input import LstSource

        if p.get("method", "cnn_single") in sr.GUIDED:
            return Plan(single=tr("the guided methods fit the temperature-guide line on the whole input"))
        if not is_raster_file(p["input"]):
            return Plan(single=tr("the input is not a raster file"))
        f = int(p.get("factor", 4))
        src = LstSource(p["input"], p.get("input_kind", "auto"), p.get("band"))
        try:
            kind, band, description = src.kind, src.band, src.description
        finally:
            src.close()
        grid = file_grid(p["input"])
        tile = max(f * 4, (int(p.get("tile_size", 512)) // f) * f)
        return Plan(**scaled_grid(grid, 1.0 / f, grid["width"] * f, grid["height"] * f), align=tile,
                    default_block=max(tile, (4096 // tile) * tile),
                    tag_overrides={"LST": {"EOLATENT_INPUT": description}},
                    extra=dict(input_kind=kind, band=band, coarse_size=[grid["width"], grid["height"]]))

    def block(self, p, b, tmp, outs, feedback=None):
        from ..engine.input_checks import NoValidPixelError
        from ..superres.superres_raster import halo

        f = int(p.get("factor", 4))
        cw, ch = p["coarse_size"]
        overlap = f * max(1, -(-8 // f))
        # the halo reaches the tiles' overlap and their coarse reads, and is a whole number of tiles, so the
        # view's tile lattice is the whole run's: same tiles, same blend weights, identical numbers
        tile = max(f * 4, (int(p.get("tile_size", 512)) // f) * f) // f
        pad = -(-(halo(f) + -(-overlap // f) + 2) // tile) * tile
        c0, r0 = b["col"] // f, b["row"] // f
        vc0, vr0 = max(0, c0 - pad), max(0, r0 - pad)
        vc1, vr1 = min(cw, c0 + b["width"] // f + pad), min(ch, r0 + b["height"] // f + pad)
        view = make_view(p["input"], tmp, vc0, vr0, vc1 - vc0, vr1 - vr0)
        full = os.path.join(tmp, "views", "full.tif")
        try:
            self.direct(dict(p, input=view), {"LST": full}, feedback)
        except NoValidPixelError:      # the block's view holds no valid LST pixel: an empty block
            empty_block(outs["LST"], b)
            return
        crop(full, outs["LST"], (c0 - vc0) * f, (r0 - vr0) * f, b["width"], b["height"])


class TextQuery(Adapter):
    def direct(self, p, outputs, feedback=None):
        from ..textquery.query_raster import run_textquery

        return run_textquery(p["input"], p["prompts"], outputs["P"], negatives=p.get("negatives"),
                             threshold=p.get("threshold"), mask_output=outputs.get("M"), model=p.get("model"),
                             cache_dir=p.get("cache_dir"), provider=p.get("provider", "auto"),
                             threads=p.get("threads"), feedback=feedback, detect_clouds=p.get("detect_clouds", True),
                             quality_output=outputs.get("Q"), season_of=p.get("season_of"))

    def plan(self, p):
        from ..textquery.query_raster import open_input

        if not is_raster_file(p["input"]):
            return Plan(single=tr("the input is a product folder, not a raster file"))
        from ..textquery import image_side

        _kind, src = open_input(p["input"])
        src.close()
        grid = file_grid(p["input"])
        rows = max(1, image_side.STRIP_PIXELS // max(1, grid["width"]))  # the query's feature strips: same strips, same batches
        return Plan(**grid, full_width=True, align=rows, default_block=rows * max(1, 2 ** 20 // (rows * grid["width"])))

    def block(self, p, b, tmp, outs, feedback=None):
        view = make_view(p["input"], tmp, b["col"], b["row"], b["width"], b["height"])
        cache = os.path.join(tmp, "views", "cache")
        try:
            self.direct(dict(p, input=view, cache_dir=cache, season_of=p["input"]), outs, feedback)
        finally:
            from ..textquery import image_cache

            image_cache.clear_memory()  # block entries are never queried again


class BuildStack(Adapter):
    def direct(self, p, outputs, feedback=None):
        from ..inputs.sentinel2.clouds import CloudOptions
        from ..inputs.stackbuild.build import build_stacks

        return build_stacks(p.get("s2_folders") or [], p.get("s1_folders") or [], p.get("start"), p.get("end"),
                            p.get("max_cloud"), p.get("area"), target_crs=p.get("target_crs"),
                            resolution=10.0 if p.get("resolution") is None else p["resolution"],
                            out_s2=outputs.get("S2"), out_s1=outputs.get("S1"), feedback=feedback,
                            bands=p.get("bands"),
                            window_size=p.get("tile_size", 512), detect_clouds=p.get("detect_clouds", True),
                            cloud_options=CloudOptions(threads=p.get("threads")))

    def plan(self, p):
        return Plan(single=tr("the target grid, dates and bands depend on the whole scan"))


ADAPTERS: Dict[str, Adapter] = {"biophysical": Biophysical(), "soilmoisture": SoilMoisture(), "encode": Encode(),
                                "decode": Decode(), "superresolve": SuperResolve(), "textquery": TextQuery(),
                                "buildstack": BuildStack()}
