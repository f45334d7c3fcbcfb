# SPDX-License-Identifier: GPL-3.0-or-later
"""A lab's own (satellite time series ↔ text) training pairs: the documented input format and its loader.

Format (docs/textquery_training.md): a folder with one or more ``*.npz`` files (``numpy.savez``; read with
``allow_pickle=False``, so no object arrays) and optionally a ``captions.csv``. Each npz holds N pairs:

* ``x`` float32 [N, D, C] — the tower input of each pair, exactly as the runtime builds it: for the S2 tower
  (C = 11) ``eolatent.core.textquery.features.s2_features`` of the reflectance (0–1, bands B02 B03 B04 B05 B06 B07
  B08 B8A B11 B12, then NDVI); for a latent tower (C = the latent size, 64 for fine4) the latent ``mean`` of each
  window (``latent_features``). 0 where not valid.
* ``valid`` [N, D] (0/1, bool, int or float): 1 where the date/window is valid. At least one valid date per pair.
* ``doy`` [N, D]: day of year 1–366 of each date / window centre (ignored where not valid).
* the text side, one of:
  - ``caption`` [N] unicode strings (numpy ``<U`` array, e.g. ``np.array(list_of_str)``) — embedded with the
    shipped text model at training time; or
  - ``embedding`` float32 [N, 384] — precomputed embeddings *in the text model's space* (e.g. the MiniLM embedding of
    a caption, or the CLIP embedding of a geo-located photo mapped into that space by the lab's own projection);
    L2-normalised by the loader; or
  - neither, and a ``captions.csv`` in the folder with columns ``file,index,caption`` (file = the npz name,
    index = the pair's row in it).
* optional ``group`` int [N]: pairs with the same group are not used as negatives of each other (e.g. photos of
  the same site, or the same land-cover class); default: pairs with identical captions share a group, and
  embedding pairs are all distinct.

D may differ between files (pairs are padded to the largest D with invalid dates). Every problem raises
:class:`PairsFormatError` naming the file, the key and the fix.
"""
from __future__ import annotations

import csv
import glob
import os
from typing import Dict, List, Optional

import numpy as np

EMBED_DIM = 384
REQUIRED = ("x", "valid", "doy")
KNOWN = REQUIRED + ("caption", "embedding", "group")


class PairsFormatError(ValueError):
    """A lab pairs folder or file that does not follow docs/textquery_training.md."""


def _fail(path, msg):
    raise PairsFormatError(f"{os.path.basename(path)}: {msg} (format: docs/textquery_training.md)")


def _read_csv(path: str) -> Dict[str, Dict[int, str]]:
    out: Dict[str, Dict[int, str]] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        cols = reader.fieldnames or []
        lacking = [c for c in ("file", "index", "caption") if c not in cols]
        if lacking:
            _fail(path, f"lacks column(s) {', '.join(lacking)}; it has {', '.join(cols) or 'none'}")
        for line, row in enumerate(reader, start=2):
            try:
                idx = int(row["index"])
            except (TypeError, ValueError):
                _fail(path, f"line {line}: index {row['index']!r} is not an integer")
            out.setdefault(os.path.basename(row["file"].strip()), {})[idx] = (row["caption"] or "").strip()
    return out


def load_file(path: str, channels: Optional[int] = None, csv_captions: Optional[Dict[int, str]] = None) -> dict:
    """One npz → dict x, valid, doy (float32), caption (list of str or None), embedding ([N, 384] or None), group."""
    try:
        with np.load(path, allow_pickle=False) as z:
            data = {k: z[k] for k in z.files}
    except ValueError as exc:
        _fail(path, f"cannot be read without pickles ({exc}); store plain numeric and unicode arrays only")
    except (OSError, EOFError) as exc:
        _fail(path, f"is not a readable .npz file ({exc})")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        _fail(path, f"lacks array(s) {', '.join(missing)}; it has {', '.join(sorted(data)) or 'none'}")
    x = data["x"]
    if x.ndim != 3:
        _fail(path, f"'x' must be [N, D, C], got shape {x.shape}")
    N, D, C = x.shape
    if N == 0 or D == 0:
        _fail(path, f"'x' is empty (shape {x.shape})")
    if channels is not None and C != channels:
        _fail(path, f"'x' has {C} channels, this tower needs {channels} (S2: 11 = 10 bands + NDVI; latent: the "
                    "latent size)")
    for k in ("valid", "doy"):
        if data[k].shape != (N, D):
            _fail(path, f"'{k}' must be [N, D] = [{N}, {D}] like 'x', got shape {data[k].shape}")
    if not np.issubdtype(x.dtype, np.number):
        _fail(path, f"'x' must be numeric, got dtype {x.dtype}")
    valid = data["valid"].astype(np.float32)
    if not np.isin(valid, (0.0, 1.0)).all():
        _fail(path, "'valid' must hold 0 or 1 only")
    x = np.where(valid[..., None] > 0, x.astype(np.float32), 0.0).astype(np.float32)
    if not np.isfinite(x).all():
        _fail(path, "'x' has non-finite values at valid dates; mark those dates invalid")
    empty = np.flatnonzero(valid.sum(1) == 0)
    if empty.size:
        _fail(path, f"{empty.size} pair(s) have no valid date (first: row {empty[0]}); drop them")
    doy = data["doy"].astype(np.float32)
    bad = (valid > 0) & ~((doy >= 1) & (doy <= 366))
    if bad.any():
        _fail(path, f"'doy' must be a day of year 1-366 at valid dates; row {np.argwhere(bad)[0][0]} has "
                    f"{doy[bad][0]}")
    caption = embedding = None
    if "caption" in data and "embedding" in data:
        _fail(path, "has both 'caption' and 'embedding'; give one text side per file")
    if "caption" in data:
        cap = data["caption"]
        if cap.dtype.kind not in "U" or cap.shape != (N,):
            _fail(path, f"'caption' must be a unicode string array [N] = [{N}], got dtype {cap.dtype} shape "
                        f"{cap.shape}")
        caption = [str(c).strip() for c in cap]
    elif "embedding" in data:
        emb = data["embedding"]
        if emb.shape != (N, EMBED_DIM):
            _fail(path, f"'embedding' must be [N, {EMBED_DIM}] = [{N}, {EMBED_DIM}] (the text model's space), got "
                        f"shape {emb.shape}")
        emb = emb.astype(np.float32)
        norm = np.linalg.norm(emb, axis=1, keepdims=True)
        if not np.isfinite(emb).all() or (norm < 1e-8).any():
            _fail(path, "'embedding' has non-finite or zero rows")
        embedding = emb / norm
    elif csv_captions is not None:
        lacking = [i for i in range(N) if i not in csv_captions]
        if lacking:
            _fail(path, f"captions.csv has no caption for {len(lacking)} row(s) of this file (first: index "
                        f"{lacking[0]})")
        caption = [csv_captions[i] for i in range(N)]
    else:
        _fail(path, "has neither 'caption' nor 'embedding', and captions.csv has no rows for it")
    if caption is not None:
        blank = [i for i, c in enumerate(caption) if not c]
        if blank:
            _fail(path, f"{len(blank)} empty caption(s) (first: row {blank[0]})")
    if "group" in data:
        g = data["group"]
        if g.shape != (N,) or not np.issubdtype(g.dtype, np.integer):
            _fail(path, f"'group' must be an integer array [N] = [{N}], got dtype {g.dtype} shape {g.shape}")
        group = g.astype(np.int64)
    else:
        group = None
    unknown = sorted(set(data) - set(KNOWN))
    return {"x": x, "valid": valid, "doy": doy, "caption": caption, "embedding": embedding, "group": group,
            "file": os.path.basename(path), "ignored_keys": unknown}


def load_pairs(folder: str, channels: Optional[int] = None, text_encoder=None) -> dict:
    """All pairs of ``folder``: x [N, D, C], valid [N, D], doy [N, D], embedding [N, 384] (captions embedded with
    ``text_encoder``, ``TextEncoder`` by default), group [N] (int; same group = not negatives), captions (list or
    None per pair), files."""
    if not os.path.isdir(folder):
        raise PairsFormatError(f"pairs folder not found: {folder}")
    paths = sorted(glob.glob(os.path.join(folder, "*.npz")))
    if not paths:
        raise PairsFormatError(f"{folder}: no *.npz pairs file (format: docs/textquery_training.md)")
    csv_path = os.path.join(folder, "captions.csv")
    csv_caps = _read_csv(csv_path) if os.path.isfile(csv_path) else {}
    parts = [load_file(p, channels, csv_caps.get(os.path.basename(p))) for p in paths]
    Cs = {p["x"].shape[2] for p in parts}
    if len(Cs) > 1:
        raise PairsFormatError(f"{folder}: files disagree on the channel count C ({sorted(Cs)})")
    Dmax = max(p["x"].shape[1] for p in parts)

    def pad(a, D):
        w = [(0, 0), (0, Dmax - D)] + [(0, 0)] * (a.ndim - 2)
        return np.pad(a, w)

    xs, vs, ds, embs, groups, caps = [], [], [], [], [], []
    need_text = [c for p in parts if p["caption"] is not None for c in p["caption"]]
    if need_text and text_encoder is None:
        from eolatent.core.textquery.text_encoder import TextEncoder

        text_encoder = TextEncoder(threads=1)
    gid: Dict[str, int] = {}
    next_group = 0
    for p in parts:
        D = p["x"].shape[1]
        xs.append(pad(p["x"], D))
        vs.append(pad(p["valid"], D))
        ds.append(pad(p["doy"], D))
        n = p["x"].shape[0]
        if p["caption"] is not None:
            embs.append(text_encoder.encode(p["caption"]))
            caps.extend(p["caption"])
        else:
            embs.append(p["embedding"])
            caps.extend([None] * n)
        if p["group"] is not None:
            g = p["group"] + next_group
            next_group = int(g.max()) + 1
        elif p["caption"] is not None:
            g = np.empty(n, np.int64)
            for i, c in enumerate(p["caption"]):
                key = c.lower()
                if key not in gid:
                    gid[key] = next_group
                    next_group += 1
                g[i] = gid[key]
        else:
            g = np.arange(next_group, next_group + n)
            next_group += n
        groups.append(g)
    return {"x": np.concatenate(xs), "valid": np.concatenate(vs), "doy": np.concatenate(ds),
            "embedding": np.concatenate(embs).astype(np.float32), "group": np.concatenate(groups),
            "captions": caps, "files": [p["file"] for p in parts]}


def save_pairs(path: str, x, valid, doy, caption: Optional[List[str]] = None, embedding=None, group=None) -> str:
    """Write one pairs file in the documented format (helper for labs and tests); its folder is created."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    arrays = {"x": np.asarray(x, np.float32), "valid": np.asarray(valid, np.float32),
              "doy": np.asarray(doy, np.float32)}
    if caption is not None:
        arrays["caption"] = np.asarray([str(c) for c in caption], dtype=str)
    if embedding is not None:
        arrays["embedding"] = np.asarray(embedding, np.float32)
    if group is not None:
        arrays["group"] = np.asarray(group, np.int64)
    np.savez(path, **arrays)
    return path if path.endswith(".npz") else path + ".npz"


__all__ = ["load_pairs", "load_file", "save_pairs", "PairsFormatError", "EMBED_DIM"]
