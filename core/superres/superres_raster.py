# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:superresolve on rasters: coarse LST (+ fine guide) → fine LST in Kelvin, streamed by tiles.

The output grid is the input grid with its pixel divided by the factor: same CRS (any, MODIS sinusoidal
included) and origin, exactly factor × as many rows and columns. Tiles are cut on the fine grid in
multiples of the factor; each tile is computed from the coarse window under it plus a halo of coarse
pixels (:func:`halo`: what the mask filling, the cubic kernel and the CNN's receptive field reach), so
neighbouring tiles compute the same values and the blended overlaps leave no seams. The TsHARP line (and
the r² the guided CNN sees) is fitted once on the whole input in a first streamed pass, which also counts
what the log warns about (:mod:`run_checks`: pixels out of range, isolated outliers, guide gaps and zeros, a
line on few pixels); the output's size is logged, and checked against the free space, before it. Fine pixels of
masked coarse pixels (cloud, fill, sea, bad QC) are nodata; masked values never enter valid pixels.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional


from ..outputs.geotiff import OutputSpec, check_writable
from ..engine.input_checks import NoValidPixelError
from ..engine.tiling import Feedback, run_tiled
from ..i18n import tr
from . import methods as sr
from .guide_input import open_guide
from .lst_input import LstInputError, LstSource, fine_grid
from .run_checks import check_output_size, report, survey

FACTORS = (2, 4, 8)


class NoValidLSTPixel(LstInputError, NoValidPixelError):
    """The input holds no valid LST pixel (all fill, cloud, sea or bad quality): nothing is written."""


def halo(factor: int) -> int:
    """Coarse pixels read around each tile: mask filling (4) + cubic kernel (2) + CNN receptive field."""
    return 6 + -(-10 // factor)


@dataclass
class SuperResResult:
    output: str
    method: str
    factor: int
    conserve: bool
    input: str
    guide: Optional[str] = None
    model: Optional[str] = None
    provider_used: Optional[str] = None
    line: Optional[sr.GuideLine] = None
    valid_fraction: float = 0.0


def _session(method, provider, threads):
    from ..engine.registry import check_task, find_model

    info = find_model(sr.MODEL_IDS[method])
    check_task(info, "superresolve")
    return info, info.session(provider, threads)


def run_superres(input_path: str, output_path: str, factor: int = 4, method: str = "cnn_single",
                 guide_path: Optional[str] = None, conserve: bool = True, input_kind: str = "auto",
                 band: Optional[int] = None, provider: str = "auto", threads: Optional[int] = None,
                 tile_size: int = 512, feedback: Optional[Feedback] = None) -> SuperResResult:
    """Super-resolve the LST raster ``input_path`` by ``factor`` into ``output_path`` (GeoTIFF, K)."""
    feedback = feedback or Feedback()
    factor = int(factor)
    if factor not in FACTORS:
        raise LstInputError(tr("{parameter} {factor} is not offered; choose 2, 4 or 8", parameter="FACTOR",
                               factor=factor))
    if method not in sr.METHODS:
        raise LstInputError(tr("unknown {parameter} {method}; one of {methods}", parameter="METHOD",
                               method=repr(method), methods=", ".join(sr.METHODS)))
    check_writable(output_path)
    guided = method in sr.GUIDED
    if guided and not guide_path:
        raise LstInputError(tr("{parameter} {method} needs a {guide_parameter} (a fine NDVI raster, or a Sentinel-2 "
                               "stack on the fine grid); give one, or choose the single-image CNN or bicubic",
                               parameter="METHOD", method=method, guide_parameter="GUIDE"))
    info = session = None
    if method.startswith("cnn"):
        info, session = _session(method, provider, threads)
    src = LstSource(input_path, input_kind, band)
    guide = None
    try:
        if guide_path and guided:
            guide = open_guide(guide_path, src.grid, factor)
        elif guide_path:
            feedback.info(tr("{guide_parameter} ignored: {parameter} {method} does not use a guide",
                             guide_parameter="GUIDE", parameter="METHOD", method=method))
        fine = fine_grid(src.grid, factor)
        check_output_size(output_path, fine.width, fine.height, feedback)
        checked = survey(src, guide, factor, guided)
        frac, line = checked.valid_fraction, checked.line
        if frac == 0.0:
            raise NoValidLSTPixel(tr("{file} holds no valid LST pixel (all fill, cloud, sea or bad quality); choose "
                                     "another scene", file=os.path.basename(input_path)))
        check_output_size(output_path, fine.width, fine.height, feedback, frac)
        said = {"cnn_single": tr("CNN single-image"), "cnn_guided": tr("CNN guided"), "tsharp": "TsHARP",
                "bicubic": tr("Bicubic")}.get(method, method)     # as the dialog names them
        values = dict(input=src.said, percent=100 * frac, method=said, factor=factor)
        feedback.info((tr("input: {input}; {percent:.1f} % valid pixels; method {method}, ×{factor}, conservation "
                          "on", **values) if conserve else
                       tr("input: {input}; {percent:.1f} % valid pixels; method {method}, ×{factor}, conservation "
                          "off", **values))
                      + (tr("; model {model} on {provider}", model=f"{info.id} {info.version}",
                            provider=session.provider_used) if info else ""))
        report(checked, feedback, guide.said if guide is not None else None)
        tags = dict(EOLATENT_METHOD=method, EOLATENT_FACTOR=str(factor), EOLATENT_CONSERVE=str(bool(conserve)),
                    EOLATENT_INPUT=src.description, UNITS="K")
        if guide is not None:
            tags["EOLATENT_GUIDE"] = guide.description
            tags["EOLATENT_GUIDE_LINE"] = f"a={line.a:.6g} b={line.b:.6g} r2={line.r2:.4f} n={line.n}"
        tags["EOLATENT_PROVIDER"] = "cpu"            # TsHARP and bicubic: numpy, no network
        if info is not None:
            tags.update(EOLATENT_MODEL=f"{info.id} {info.version}", EOLATENT_PROVIDER=session.provider_used)
        spec = OutputSpec(output_path, 1, descriptions=[f"LST (K), ×{factor} {method}"], units="K", tags=tags)
        tile = max(factor * 4, (int(tile_size) // factor) * factor)
        overlap = factor * max(1, -(-8 // factor))
        pad = halo(factor)

        def read(win):
            cr, cc = win.ext_row // factor - pad, win.ext_col // factor - pad
            ch, cw = win.ext_height // factor + 2 * pad, win.ext_width // factor + 2 * pad
            t, valid = src.read(cr, cc, ch, cw)
            g = guide.read(cr * factor, cc * factor, ch * factor, cw * factor) if guide is not None else None
            return t, valid, g

        def compute(win, data):
            t, valid, g = data
            out = sr.superresolve(t, valid, factor, method, g, line, session, conserve)
            p = pad * factor
            return {"LST": out[None, p:p + win.ext_height, p:p + win.ext_width]}

        run_tiled(fine, read, compute, {"LST": spec}, tile_size=tile, overlap=overlap, feedback=feedback)
    finally:
        src.close()
        if guide is not None:
            guide.close()
    return SuperResResult(output_path, method, factor, bool(conserve), src.description,
                          guide.description if guide is not None else None,
                          f"{info.id} {info.version}" if info else None,
                          session.provider_used if session else "cpu", line, frac)
