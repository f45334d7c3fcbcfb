# SPDX-License-Identifier: GPL-3.0-or-later
"""What a text query read and what it missed, for the log and the quality output.

* :func:`tower_reason` — why this text-query model (tower) answers this input;
* :func:`input_lines` — the bands of a Sentinel-2 input that the tower does not read (Sentinel-1 bands in the same
  file, B8A for a nine-band tower) and the bands it lacks but does not need;
* :func:`coverage_lines` — how many valid dates (or latent windows) each pixel had: a pixel with one clear date gets
  a probability as confident-looking as one with twelve, so the log says how many pixels rest on few dates, and the
  quality output (:data:`QUALITY_BAND`) holds the count of every pixel.
"""
from __future__ import annotations

import os
from typing import List

import numpy as np

QUALITY_BAND = {"s2": "valid dates (clear Sentinel-2 observations read)",
                "latent": "valid latent windows"}
FEW = 3          # fewer valid dates than this: reported as a thin basis for the probability
S1_NAMES = ("VV", "VH", "HH", "HV")


def tower_reason(kind: str, tower, model_given: bool) -> str:
    """One log line: which tower and why."""
    if model_given:
        return f"text-query model {tower.id}: the model file given ({os.path.basename(tower.path)})"
    if kind == "latent":
        return (f"text-query model {tower.id}: the one trained on latents of {tower.encoder} (the latent's "
                "embedding space)")
    reads = ", ".join(tower.s2_bands) + " + NDVI"
    if "multiregion" in tower.id:
        why = ("the multi-region Sentinel-2 model (trained on labelled series of several regions; the best "
               "held-out score of the installed models)")
    else:
        why = "the Slovenia-trained Sentinel-2 model (the multi-region one is not installed)"
    return f"text-query model {tower.id}: {why}; it reads {reads} at each date and the day of the year"


def described_bands(path: str) -> List[str]:
    """The band names of a raster's band descriptions ('B04 2021-07-15' → 'B04'), upper case, in order, once
    each; [] where the file has none or cannot be read."""
    try:
        import rasterio
        from ..inputs.sentinel2.geotiff import split_description

        with rasterio.open(path) as ds:
            names = [split_description(d or "")[0].upper() for d in ds.descriptions]
    except Exception:  # noqa: BLE001 - a product folder, a VRT of odd sources: nothing to add to the log
        return []
    return list(dict.fromkeys(n for n in names if n))


def input_lines(src, tower, path: str) -> List[str]:
    """Log lines on the bands of a Sentinel-2 input (``src`` from open_s2) against what ``tower`` reads."""
    lines = []
    have = list(src.band_names)
    unused = [b for b in have if b not in tower.s2_bands]
    s1 = [b for b in described_bands(path) if b in S1_NAMES]
    if unused:
        lines.append(f"not read by this model: {', '.join(unused)} (it reads {', '.join(tower.s2_bands)})")
    if s1:
        lines.append(f"Sentinel-1 bands {', '.join(s1)} in the input are not used: the Sentinel-2 model reads "
                     "Sentinel-2 only. To use them, encode the Sentinel-2 and Sentinel-1 stacks with "
                     "eolatent:encode MODEL=presto and query the latent raster")
    if "B8A" not in have and "B8A" not in tower.s2_bands:
        lines.append("B8A: not in the input, and not needed by this model")
    d = src.dates
    lines.append(f"{len(d)} date(s) read, {d[0]:%Y-%m-%d} … {d[-1]:%Y-%m-%d}" if d else "no date read")
    return lines


def coverage_lines(count: np.ndarray, n_steps: int, kind: str) -> List[str]:
    """Log lines on the valid dates (windows) per pixel: ``count`` [N] of ``n_steps``."""
    count = np.asarray(count)
    one, unit = ("date", "date(s)") if kind == "s2" else ("latent window", "latent window(s)")
    some = count > 0
    if not some.any():
        return []
    n = count.size
    lines = [f"valid {unit} per pixel (clear, not nodata), out of {n_steps}: median {np.median(count[some]):.0f}, "
             f"min {count[some].min()}, max {count.max()} over the {int(some.sum())} pixel(s) with any"]
    none = n - int(some.sum())
    few = int((some & (count < FEW)).sum())
    if none:
        lines.append(f"{none} of {n} pixel(s) ({100.0 * none / n:.1f} %) have no valid {one}: "
                     "NaN in the map")
    if few and n_steps >= FEW:
        lines.append(f"{few} of {n} pixel(s) ({100.0 * few / n:.1f} %) rest on fewer than {FEW} valid {unit}: "
                     "their probabilities come from little data (the quality output counts them per pixel)")
    return lines


__all__ = ["tower_reason", "input_lines", "coverage_lines", "described_bands", "QUALITY_BAND", "FEW"]
