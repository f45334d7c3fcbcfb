# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:textquery on rasters: prompts + an S2 stack or a latent raster → probability map (+ mask, polygons).

Inputs: an S2 stack (eolatent:buildstack), any raster the S2 readers accept (a single-date S2 raster is a
one-date stack), or a latent raster of eolatent:encode (one pixel per chunk: the map is at the chunk
resolution). The image side is computed once per input (image_cache); a query is a matrix product.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ..outputs.geotiff import OutputFiles, OutputSpec, check_writable
from ..engine.input_checks import NoValidPixelError, check_valid
from ..engine.tiling import Cancelled, Feedback, warn
from ..inputs.sentinel2.plausibility import scale_doubts
from ..i18n import tr
from . import image_cache
from . import image_side
from .input_report import (QUALITY_BAND, count_unit, coverage_lines, date_lines, input_lines, lacking_bands_message,
                           months_covered, season_shift, tower_reason)
from .tower import Tower, TowerError, available_towers, installed_tower_path, probabilities, query_tags

MAX_PROMPTS = 16
_models: Dict[tuple, object] = {}
_models_lock = threading.Lock()


class TextQueryError(ValueError):
    """The query cannot run; the message names the problem and the fix."""


class NoValidPixel(TextQueryError, NoValidPixelError):
    """No pixel of the input holds a valid observation (all nodata, NaN or cloud): nothing is written."""


@dataclass
class TextQueryResult:
    output: str
    prompts: List[str]
    negatives: List[str]
    input_kind: str
    tower: str
    provider_used: str
    cache: str  # "memory", "disk" or "" (computed now)
    timings: Dict[str, float] = field(default_factory=dict)
    mask: Optional[str] = None
    polygons: List[dict] = field(default_factory=list)  # {"geometry": GeoJSON, "prompt": str, "band": int}
    crs_wkt: str = ""
    quality: Optional[str] = None


def split_prompts(text) -> List[str]:
    """One prompt per line (a list is taken as is); blank lines dropped."""
    lines = text.splitlines() if isinstance(text, str) else list(text or [])
    return [ln.strip() for ln in lines if ln and ln.strip()]


def _files_stamp(path: str) -> tuple:
    """(name, size, mtime) of a model file and its sidecars (``<stem>.*``: licence, vocabulary)."""
    folder, stem = os.path.dirname(os.path.abspath(path)), os.path.splitext(os.path.basename(path))[0]
    stamp = []
    for name in sorted(n for n in os.listdir(folder) if n.startswith(stem + ".")):
        st = os.stat(os.path.join(folder, name))
        stamp.append((name, st.st_size, st.st_mtime_ns))
    return tuple(stamp)


def text_encoder(provider: str = "cpu", threads: Optional[int] = None):
    """The text encoder, kept in memory between queries while its files stay as they were: the model is looked up
    again each time (a few ms), so one removed in the Models dialog, or whose files changed, is not used from
    memory (a desktop session went on querying with a removed model until QGIS restarted)."""
    from ..engine.registry import find_model
    from .text_encoder import MODEL_ID, TextEncoder

    path = find_model(MODEL_ID).path
    key = ("text", path, _files_stamp(path), provider, threads)
    with _models_lock:
        if key not in _models:
            for old in [k for k in _models if k[0] == "text" and k[3:] == (provider, threads)]:
                del _models[old]
            _models[key] = TextEncoder(path, provider=provider, threads=threads)
        return _models[key]


def _tower(path, provider, threads) -> Tower:
    key = ("tower", os.path.abspath(path), os.path.getmtime(path) if os.path.exists(path) else 0, provider, threads)
    with _models_lock:
        if key not in _models:
            _models[key] = Tower(path, provider, threads)
        return _models[key]


def _is_s1_stack(path: str) -> bool:
    """A Sentinel-1 stack (eolatent:buildstack's MODALITY=S1, or VV/VH bands only)."""
    import rasterio

    try:
        with rasterio.open(path) as ds:
            if ds.tags().get("MODALITY") == "S1":
                return True
            names = {(d or "").split()[0].upper() for d in ds.descriptions if d}
    except Exception:  # noqa: BLE001 - unreadable: the readers below name it
        return False
    return bool(names) and names <= {"VV", "VH", "HH", "HV", "INCIDENCE", "ANGLE"}


def open_input(path: str, detect_clouds: bool = True):
    """("latent", LatentRaster) or ("s2", S2 source); a clear error for anything else."""
    from ..latent.contract import LatentFormatError, NotLatentRaster, open_latent
    from ..inputs.sentinel2 import S2FormatError, open_s2

    if not path or not os.path.exists(path):
        raise TextQueryError(tr("input {file} does not exist; choose a Sentinel-2 stack or a latent raster",
                                file=path))
    product = os.path.isdir(path) or path.lower().endswith(".xml")     # a SAFE / Theia product: never a latent
    try:
        if not product:
            return "latent", open_latent(path)
    except NotLatentRaster:
        pass  # some other raster: an S1 or S2 stack?
    except LatentFormatError as exc:
        raise TextQueryError(str(exc)) from None
    if _is_s1_stack(path):
        raise TextQueryError(tr("{file} is a Sentinel-1 stack: the text query reads Sentinel-2 stacks or latent "
                                "rasters; encode it first ({algorithm}, {parameter} {model}, which takes Sentinel-1 "
                                "alone) and query the latent", file=os.path.basename(path),
                                algorithm="eolatent:encode", parameter="MODEL", model="presto"))
    try:
        src = open_s2(path, detect_clouds=detect_clouds)
    except S2FormatError as exc:
        # sentences, not a parenthesis around the reader's own message (which already says how to make a stack)
        raise TextQueryError(tr("{file} is neither a Sentinel-2 stack nor a latent raster. As Sentinel-2: {error}; "
                                "a latent raster from {encode} is read too", file=os.path.basename(path),
                                error=exc, encode="eolatent:encode")) from None
    return "s2", src


# S2 stacks: the multi-region tower (real data from five regions, no B8A needed) is preferred to the Slovenia-trained
# one; both cards hold their held-out evaluation (models/training/textquery/multiregion_train.py compares them)
S2_TOWERS = ("s2_multiregion", "s2")


def _choose_tower(kind, src, model, provider, threads) -> Tower:
    if model:
        tower = _tower(model, provider, threads)
    elif kind == "s2":
        paths = [installed_tower_path(k) for k in S2_TOWERS]      # the first installed, else the last's refusal
        tower = _tower(next((p for p in paths if os.path.exists(p)), paths[-1]), provider, threads)
    else:
        suffix = src.embedding_space.rsplit(".", 1)[-1]
        path = installed_tower_path(f"latent_{suffix}")
        if not os.path.exists(path):
            raise TextQueryError(tr("no text-query model for latents of {encoder} (installed: {installed}); query "
                                    "the Sentinel-2 stack instead, or encode it with a preset that has one",
                                    encoder=src.encoder_id, installed=", ".join(available_towers()) or tr("none")))
        tower = _tower(path, provider, threads)
    if kind == "latent":
        from ..latent.contract import encoder_version_problem

        if not tower.encoder:
            raise TextQueryError(tr("the text-query model {model} reads Sentinel-2 stacks, but {file} is a latent "
                                    "raster of {raster_encoder}; leave the model empty (the tower of that latent is "
                                    "chosen), or query the Sentinel-2 stack", model=tower.id,
                                    file=os.path.basename(src.path), raster_encoder=src.encoder_id))
        if tower.encoder != src.embedding_space:
            raise TextQueryError(tr("the text-query model {model} reads latents of {encoder}, but this raster was "
                                    "made by {raster_encoder}; leave the model empty (the tower of that latent is "
                                    "chosen)", model=tower.id, encoder=tower.encoder, raster_encoder=src.encoder_id))
        problem = encoder_version_problem(tower.encoder_version, src.embedding_space_version, src.embedding_space)
        if problem:
            raise TextQueryError(tr("the text-query model {model}: {problem}", model=tower.id, problem=problem))
    if kind == "s2" and tower.encoder:
        raise TextQueryError(tr("the text-query model {model} reads latent rasters of {encoder}, not Sentinel-2 "
                                "stacks; leave the model empty or choose {file}", model=tower.id,
                                encoder=tower.encoder, file="textquery_s2.onnx"))
    lacking = lacking_bands_message(src, tower) if kind == "s2" else None
    if lacking:
        raise TextQueryError(lacking)
    return tower


PROBE_PIXELS = 1 << 20


def bands_without_data(src, bands) -> List[str]:
    """The ``bands`` of an S2 source that hold no valid value on any date, each read alone (a pixel is valid for a
    read only where every band asked for is): on the whole grid up to :data:`PROBE_PIXELS`, else on its central
    1024² window. For the message of an input without any valid pixel."""
    from rasterio.windows import Window

    g = src.grid
    if g.width * g.height <= PROBE_PIXELS:
        win = Window(0, 0, g.width, g.height)
    else:
        w, h = min(g.width, 1024), min(g.height, 1024)
        win = Window((g.width - w) // 2, (g.height - h) // 2, w, h)
    return [b for b in bands if not any(src.read(i, win, [b])[1].any() for i in range(len(src.dates)))]


def run_textquery(input_path: str, prompts, output: str, negatives=None, threshold: Optional[float] = None,
                  mask_output: Optional[str] = None, model: Optional[str] = None, cache_dir: Optional[str] = None,
                  provider: str = "auto", threads: Optional[int] = None,
                  feedback: Optional[Feedback] = None, detect_clouds: bool = True,
                  quality_output: Optional[str] = None, season_of: Optional[str] = None) -> TextQueryResult:
    """Probability of each prompt per pixel → ``output`` (one float32 band per prompt, 0–1, NaN = no data).

    ``negatives``: prompts competing in the softmax (tag NEGATIVE_PROMPTS). ``threshold`` (0–1): also a mask raster
    (``mask_output``; uint8 1/0, 255 = no data; one band per prompt) and its polygons in the result.
    ``quality_output``: a uint16 raster of the valid dates (latent windows) behind each pixel. The log names the
    model and why, the bands it does not read and how many pixels rest on few dates. ``season_of``: the raster whose
    centre decides the southern-hemisphere date shift (a block run's whole input; default the input itself)."""
    feedback = feedback or Feedback()
    t0 = time.perf_counter()
    from .text_encoder import PromptError

    plist, nlist = split_prompts(prompts), split_prompts(negatives)
    if isinstance(negatives, str) and negatives and not nlist:
        warn(feedback, tr("the negative prompts hold only blank lines: none is used"))
    if not plist:
        raise PromptError(tr("no text prompt: type what to look for, one prompt per line, e.g. {example}",
                             example="'vineyards'"))
    if len(plist) + len(nlist) > MAX_PROMPTS:
        raise PromptError(tr("{count} prompts: at most {max} (prompts and negative prompts together) per query; "
                             "split them over several runs", count=len(plist) + len(nlist), max=MAX_PROMPTS))
    from .prompt_language import near_duplicate_warnings, no_letter_message, repeated_prompt_message

    for p in plist + nlist:                              # before the text model too: it needs none
        if no_letter_message(p):
            raise PromptError(no_letter_message(p))
    repeated = repeated_prompt_message(plist, nlist)
    if repeated:
        raise PromptError(repeated)
    for line in near_duplicate_warnings(plist, nlist):
        warn(feedback, line)
    kind, src = open_input(input_path, detect_clouds)   # before the text model: a wrong input is named first
    src.close()
    enc = text_encoder("cpu", threads)
    plist = [enc.check_prompt(p) for p in plist]
    nlist = [enc.check_prompt(p) for p in nlist]
    for doubt in filter(None, (enc.language_doubt(p) for p in plist + nlist)):
        warn(feedback, doubt)
    if threshold is not None and not 0.0 < float(threshold) < 1.0:
        raise TextQueryError(tr("threshold {value} is outside (0, 1); give a probability such as 0.5",
                                value=threshold))
    check_writable(output)
    if threshold is not None and mask_output:
        check_writable(mask_output)
    if quality_output:
        check_writable(quality_output)
    named = [os.path.abspath(p) for p in (output, mask_output if threshold is not None else None, quality_output) if p]
    if len(set(named)) < len(named):
        raise TextQueryError(tr("two outputs (probabilities, mask, quality) are the same file; give each its own "
                                "name"))
    kind, src = open_input(input_path, detect_clouds)
    try:
        try:
            tower = _choose_tower(kind, src, model, provider, threads)
            tower.check_text_model(enc.card)
            feedback.info(tower_reason(kind, tower, bool(model)))
            feedback.info(tr("prompts: {prompts}", prompts=", ".join(map(repr, plist))) + ("; " + tr(
                "negative prompts: {prompts}", prompts=", ".join(map(repr, nlist))) if nlist else ""))
            for line in (input_lines(src, tower, input_path) if kind == "s2" else []):
                feedback.info(line)
            for line in (scale_doubts(src) if kind == "s2" else []):
                warn(feedback, line)
            if kind == "latent" and src.embedding_space != src.encoder_id:
                feedback.info(tr("{encoder} approximates the features of {space}: read with {model}, the text-query "
                                 "model of {space}", encoder=src.encoder_id, space=src.embedding_space,
                                 model=tower.id))
            if kind == "latent" and "S2" not in src.modalities:   # the towers learnt from optical observations
                warn(feedback, tr("{file} was encoded without Sentinel-2 ({modalities} only): the text-query models "
                                  "learnt concepts from latents of optical observations, so this map means little; "
                                  "encode a Sentinel-2 stack too", file=os.path.basename(input_path),
                                  modalities=",".join(src.modalities) or tr("none")))
        except TowerError as exc:
            raise TextQueryError(str(exc)) from None
        grid = src.grid
        unit = count_unit(kind, src)
        n_steps = len(src.dates) if unit == "s2" else len(src.windows) if unit == "latent" else \
            months_covered(src.windows) if unit == "months" else None   # latent_dates: S2 dates not in the latent
        span = months_covered(src.windows) if unit == "latent" and getattr(src, "window_months", None) else None
        key = image_cache.content_key(input_path, tower.weights_sha256) + {"months": "-months",
                                                                         "latent_dates": "-s2dates"}.get(unit, "")
        if not detect_clouds and kind == "s2":  # other pixels kept: not the same image side
            key += "-no-cloud-detection"
        if season_of:                 # a block: the whole raster's centre, so that every block reads the same dates
            import rasterio

            with rasterio.open(season_of) as whole:
                shift, said = season_shift(whole)
        else:
            shift, said = season_shift(grid)
        key += "-south" if shift else ""
        if said:
            feedback.info(said) if shift else warn(feedback, said)
        meta = {"input": os.path.abspath(input_path), "kind": kind, "tower": tower.id,
                "width": grid.width, "height": grid.height, "transform": list(grid.transform)[:6]}
        t1 = time.perf_counter()
        entry, hit = image_cache.get_or_compute(key, grid.width * grid.height, tower.k, meta,
                                                image_side.compute_features(kind, src, tower, grid, feedback, unit,
                                                                            shift, meta),
                                                cache_dir=cache_dir, feedback=feedback)
        empty = bands_without_data(src, tower.s2_bands) if kind == "s2" and not entry.valid.any() else []
        if len(empty) == len(tower.s2_bands):      # nothing anywhere (nodata, NaN or cloud): the general message
            empty = []
    finally:
        src.close()
    t2 = time.perf_counter()
    if feedback.is_canceled():
        raise Cancelled(tr("text query cancelled; no output was written"))
    # the image side holds the validity of every pixel: an input without any fails before any output
    if empty:
        values = dict(file=os.path.basename(input_path), bands=", ".join(empty), model=tower.id)
        raise NoValidPixel((tr("{file}: bands {bands} hold no valid value on any date (all nodata or NaN), and the "
                               "text-query model {model} needs them; give a stack where they have data", **values)
                            if len(empty) > 1 else
                            tr("{file}: band {bands} holds no valid value on any date (all nodata or NaN), and the "
                               "text-query model {model} needs it; give a stack where it has data", **values))
                           + ("" if model is None or "B8A" not in empty else ", " + tr(
                               "or leave the model empty: the default multi-region model does not read {band}",
                               band="B8A")))
    check_valid(int(entry.valid.any()), input_path, NoValidPixel)
    for line in coverage_lines(entry.count, n_steps, unit, span) + date_lines(kind, src, entry.meta,
                                                                               int(entry.valid.sum())):
        feedback.info(line)
    text = enc.encode(plist + nlist)  # [M, 384]
    q = (tower.projection @ text.T).astype(np.float32)  # [K, M]
    t3 = time.perf_counter()
    probs = _write_maps(entry, q, tower, plist, output, threshold, mask_output, grid, quality_output, unit,
                        query_tags(tower, enc.card, plist, nlist))
    t4 = time.perf_counter()
    res = TextQueryResult(output, plist, nlist, kind, tower.id, tower.provider_used, hit,
                          {"total_s": t4 - t0, "image_s": t2 - t1, "text_s": t3 - t2, "map_s": t4 - t3},
                          mask_output if threshold is not None and mask_output else None,
                          crs_wkt=grid.crs.to_wkt() if grid.crs else "", quality=quality_output)
    if threshold is not None:
        res.polygons = _polygons(probs, float(threshold), grid, plist)
    feedback.progress(100.0)
    return res


def _write_maps(entry, q, tower, plist, output, threshold, mask_output, grid, quality_output=None,
                unit="s2", extra_tags=None) -> np.ndarray:
    """Probabilities [P, H, W] written to ``output`` (and the mask, the quality); returned for the polygons."""
    width = grid.width
    cos = (entry.features @ q) / entry.norm[:, None]
    probs = probabilities(cos, tower.calibration, len(plist))
    probs[~entry.valid] = np.nan
    maps = probs.T.reshape(len(plist), grid.height, width)
    tags = {"EOLATENT_TEXTQUERY": "1", "TOWER": tower.id, "PROMPTS": "\n".join(plist),
            "EOLATENT_PROVIDER": tower.provider_used, **(extra_tags or {})}
    specs = {"P": OutputSpec(output, len(plist), "float32", float("nan"), list(plist),
                             [{"PROMPT": p} for p in plist], tags, units="probability 0-1")}
    if threshold is not None and mask_output:
        masks = np.where(np.isfinite(maps), (maps >= threshold).astype(np.uint8), np.uint8(255))
        specs["M"] = OutputSpec(mask_output, len(plist), "uint8", 255, [f"{p} ≥ {threshold:g}" for p in plist],
                                [{"PROMPT": p, "THRESHOLD": f"{threshold:g}"} for p in plist], tags, blend=False)
    if quality_output:
        specs["Q"] = OutputSpec(quality_output, 1, "uint16", None, [QUALITY_BAND[unit]],
                                [{"QUALITY": "valid_count"}], dict(tags, EOLATENT_TEXTQUERY_QUALITY="valid_count"),
                                blend=False)
    files = OutputFiles(grid, specs)
    try:
        files.write("P", 0, maps)
        if "M" in specs:
            files.write("M", 0, masks)
        if "Q" in specs:
            files.write("Q", 0, entry.count.reshape(1, grid.height, width))
        files.commit()
    except BaseException:
        files.abort()
        raise
    return maps


def _polygons(maps, threshold, grid, plist) -> List[dict]:
    from rasterio.features import shapes

    out = []
    for b, prompt in enumerate(plist):
        m = np.isfinite(maps[b]) & (maps[b] >= threshold)
        if not m.any():
            continue
        for geom, val in shapes(m.astype(np.uint8), mask=m, transform=grid.transform):
            if val == 1:
                out.append({"geometry": geom, "prompt": prompt, "band": b + 1})
    return out


__all__ = ["run_textquery", "TextQueryError", "TextQueryResult", "split_prompts", "open_input"]
