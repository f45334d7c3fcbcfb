# SPDX-License-Identifier: GPL-3.0-or-later
"""Which EO Latent output a raster is, from the tags every algorithm writes, in words for a refusal.

A latent raster, a stack, an LAI or a probability map given where Sentinel-2 reflectance, Sentinel-1 backscatter or
a land-surface temperature is expected was refused with the reader's own diagnosis ("no Sentinel-2 band names …
name the bands B01..B12", "looks like °C"), whose fix is wrong for it. The readers call :func:`product_kind` first
and say what the file is and where it goes instead.
"""
from __future__ import annotations

import os
from typing import Dict, Optional, Tuple

from ..i18n import tr

# the algorithm that wrote a variable output, from the start of its EOLATENT_MODEL id
_MAKERS = (("eolatent.biophysical", "eolatent:biophysical"), ("eolatent.decoder", "eolatent:decode"),
           ("eolatent.soilmoisture", "eolatent:soilmoisture"))


def _true(value) -> bool:
    return str(value or "").strip().lower() in ("1", "true", "yes")


def product_kind(tags: Dict[str, str], band_tags: Optional[Dict[str, str]] = None,
                 accepted: Tuple[str, ...] = ()) -> Optional[str]:
    """"a latent raster (eolatent:encode)", "a Sentinel-1 stack (eolatent:buildstack)", "a raster of LAI
    (eolatent:biophysical)", … from a raster's dataset ``tags`` (and its first band's ``band_tags``); None when the
    tags are not those of an EO Latent output, or its kind is one of ``accepted`` (:data:`KINDS`)."""
    kind, text = _kind(tags, band_tags or {})
    return None if kind is None or kind in accepted else text


KINDS = ("latent", "s1_stack", "s2_stack", "stack", "variable", "textquery", "class", "cluster", "similarity", "lst")


def _kind(tags: Dict[str, str], band_tags: Dict[str, str]) -> Tuple[Optional[str], Optional[str]]:
    if _true(tags.get("EOLATENT_LATENT")):
        return "latent", tr("a latent raster ({algorithm})", algorithm="eolatent:encode")
    if _true(tags.get("EOLATENT_STACK")):
        modality = str(tags.get("MODALITY", "")).upper()
        if modality == "S1":
            return "s1_stack", tr("a Sentinel-1 stack ({algorithm})", algorithm="eolatent:buildstack")
        if modality == "S2":
            return "s2_stack", tr("a Sentinel-2 stack ({algorithm})", algorithm="eolatent:buildstack")
        return "stack", tr("a Sentinel stack ({algorithm})", algorithm="eolatent:buildstack")
    variable = tags.get("EOLATENT_VARIABLE") or band_tags.get("VARIABLE")
    if variable:
        model = str(tags.get("EOLATENT_MODEL", ""))
        maker = next((alg for prefix, alg in _MAKERS if model.startswith(prefix)), None)
        return "variable", (tr("a raster of {variable} ({algorithm})", variable=variable, algorithm=maker) if maker
                            else tr("a raster of {variable} (an EO Latent output)", variable=variable))
    if _true(tags.get("EOLATENT_TEXTQUERY")):
        return "textquery", tr("a text-query probability map ({algorithm})", algorithm="eolatent:textquery")
    if tags.get("CLASSIFIER_ID"):
        return "class", tr("a class map ({algorithm})", algorithm="eolatent:classify")
    if tags.get("CRITERION") and tags.get("K"):
        return "cluster", tr("a cluster map ({algorithm})", algorithm="eolatent:cluster")
    if tags.get("REFERENCES") and tags.get("MODE"):
        return "similarity", tr("a similarity map ({algorithm})", algorithm="eolatent:similarity")
    if tags.get("EOLATENT_METHOD") and tags.get("EOLATENT_FACTOR"):
        return "lst", tr("a super-resolved land-surface temperature ({algorithm})", algorithm="eolatent:superresolve")
    return None, None


def raster_product_kind(path, accepted: Tuple[str, ...] = ()) -> Optional[str]:
    """:func:`product_kind` of the raster file ``path``; None when it cannot be read or is no EO Latent output."""
    try:
        import rasterio

        with rasterio.open(os.fspath(path)) as ds:
            return product_kind(ds.tags(), ds.tags(1) if ds.count else {}, accepted)
    except Exception:  # noqa: BLE001 - not a readable raster: the reader says why
        return None
