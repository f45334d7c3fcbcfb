# SPDX-License-Identifier: GPL-3.0-or-later
"""Model cards embedded in ONNX files.

Every shipped model carries its card in the ONNX ``metadata_props`` under one canonical key set.
Each key holds a JSON value. The card records what the model is, what it expects (bands, units,
normalisation), what it produces (units, valid range), how it was trained and how well it did, and
the sha256 of the model *weights*.

The weights hash is computed over the serialised ModelProto with its ``metadata_props`` entries
removed (protobuf field 14), so embedding or editing the card never changes it while any change to the
graph or the initialisers does. The parser below reads protobuf wire format directly: the runtime
needs neither the ``onnx`` package nor protobuf, only the file bytes.
"""
from __future__ import annotations

import hashlib
import json
from typing import Dict, Iterator, Optional, Tuple

from ..i18n import tr

CARD_KEYS: Tuple[str, ...] = (
    "id",            # str: stable identifier, e.g. "eolatent.biophysical.s2"
    "version",       # str: semantic version of the weights
    "task",          # str: "biophysical", "encode", "decode", "superresolve", "textquery", ...
    "inputs",        # list of {name, bands?, units, normalisation?}
    "outputs",       # list of {name, units, valid_range [lo, hi]}
    "tiling",        # {tile_size, receptive_field, scale_factor}
    "training_data",  # str or dict: what it was trained on (simulated/real, sizes, seeds)
    "metrics",       # dict: figures measured at export on held-out data
    "license",       # SPDX identifier of the weights
    "weights_sha256",  # hex digest, see module docstring
)
REQUIRED_INPUT_KEYS = ("name", "units")
REQUIRED_OUTPUT_KEYS = ("name", "units", "valid_range")
METADATA_FIELD = 14  # ModelProto.metadata_props


class ModelCardError(ValueError):
    """A model file whose card is missing, malformed, or whose weights do not match their checksum. ``problem``: the
    message without its advice on how to repair it (the message itself when not given), for a caller that gives
    its own advice (model_manifest.missing_model_error)."""

    def __init__(self, message: str = "", problem: Optional[str] = None):
        super().__init__(message)
        self.problem = message if problem is None else problem


# ---------------------------------------------------------------------------------------------------
# Minimal protobuf wire-format walker (top level only)
# ---------------------------------------------------------------------------------------------------
def _varint(buf: bytes, pos: int) -> Tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise ModelCardError(tr("truncated ONNX file (varint runs past the end)"))
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise ModelCardError(tr("corrupt ONNX file (varint too long)"))


def _fields(buf: bytes) -> Iterator[Tuple[int, int, int, int]]:
    """Yield (field_number, start, end, payload_start) of each top-level field."""
    pos = 0
    n = len(buf)
    while pos < n:
        start = pos
        key, pos = _varint(buf, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            _, pos = _varint(buf, pos)
            payload = start
        elif wire == 1:
            payload, pos = pos, pos + 8
        elif wire == 2:
            length, pos = _varint(buf, pos)
            payload, pos = pos, pos + length
        elif wire == 5:
            payload, pos = pos, pos + 4
        else:
            raise ModelCardError(tr("corrupt ONNX file (unsupported wire type {wire} at byte {offset})",
                                    wire=wire, offset=start))
        if pos > n or field == 0:
            raise ModelCardError(tr("truncated or corrupt ONNX file: copy or download it again"))
        yield field, start, pos, payload


def weights_sha256(model_bytes: bytes) -> str:
    """sha256 of the model with its metadata_props removed (stable under card edits)."""
    h = hashlib.sha256()
    for field, start, end, _ in _fields(model_bytes):
        if field != METADATA_FIELD:
            h.update(model_bytes[start:end])
    return h.hexdigest()


def read_metadata_props(model_bytes: bytes) -> Dict[str, str]:
    """Return the ONNX metadata_props as a dict, straight from the file bytes."""
    try:
        return _metadata_props(model_bytes)
    except ModelCardError:
        if not bytes(model_bytes[:1]) == b"\x08":   # an ONNX ModelProto starts with its ir_version (field 1)
            raise ModelCardError(tr("not an ONNX model: the file does not start as one (another kind of file, e.g. "
                                    "a GeoPackage or a text file?); give the .onnx file")) from None
        raise


def _metadata_props(model_bytes: bytes) -> Dict[str, str]:
    props: Dict[str, str] = {}
    for field, _, end, payload in _fields(model_bytes):
        if field != METADATA_FIELD:
            continue
        key = value = ""
        for sub, _s, sub_end, sub_payload in _fields(model_bytes[payload:end]):
            text = model_bytes[payload + sub_payload: payload + sub_end].decode("utf-8")
            if sub == 1:
                key = text
            elif sub == 2:
                value = text
        props[key] = value
    return props


# ---------------------------------------------------------------------------------------------------
# Card validation, serialisation
# ---------------------------------------------------------------------------------------------------
def validate_card(card: dict) -> dict:
    """Check the canonical key set and the shape of inputs/outputs. Returns the card."""
    missing = [k for k in CARD_KEYS if k not in card]
    if missing:
        raise ModelCardError(tr("model card lacks {missing}; every card needs {keys}", missing=", ".join(missing),
                                keys=", ".join(CARD_KEYS)))
    extra = [k for k in card if k not in CARD_KEYS]
    if extra:
        raise ModelCardError(tr("model card has unknown keys {extra}; allowed: {keys}", extra=", ".join(extra),
                                keys=", ".join(CARD_KEYS)))
    for key in ("id", "version", "task", "license", "weights_sha256"):
        if not isinstance(card[key], str) or not card[key]:
            raise ModelCardError(tr("model card field '{field}' must be a non-empty string", field=key))
    for kind, required in (("inputs", REQUIRED_INPUT_KEYS), ("outputs", REQUIRED_OUTPUT_KEYS)):
        items = card[kind]
        if not isinstance(items, list) or not items:
            raise ModelCardError(tr("model card field '{field}' must be a non-empty list", field=kind))
        for item in items:
            lacking = [k for k in required if k not in item]
            if lacking:
                raise ModelCardError(tr("model card {field} entry {name} lacks {missing}", field=kind,
                                        name=repr(item.get("name", "?")), missing=", ".join(lacking)))
    for item in card["outputs"]:
        lo_hi = item["valid_range"]
        if not (isinstance(lo_hi, (list, tuple)) and len(lo_hi) == 2 and lo_hi[0] <= lo_hi[1]):
            raise ModelCardError(tr("output {name}: valid_range must be [low, high]", name=repr(item["name"])))
    if not isinstance(card["metrics"], dict):
        raise ModelCardError(tr("model card field '{field}' must be a mapping", field="metrics"))
    return card


def card_to_props(card: dict) -> Dict[str, str]:
    validate_card(card)
    return {f"eolatent.{k}": json.dumps(card[k], sort_keys=True) for k in CARD_KEYS}


def props_to_card(props: Dict[str, str]) -> dict:
    card = {}
    for k in CARD_KEYS:
        raw = props.get(f"eolatent.{k}")
        if raw is None:
            raise ModelCardError(tr("the ONNX file carries no EO Latent card field '{field}'; re-export it with "
                                    "models/training (make models)", field=k))
        try:
            card[k] = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ModelCardError(tr("model card field '{field}' is not valid JSON: {error}", field=k,
                                    error=exc)) from None
    return validate_card(card)


def graph_mismatch(inputs_of_card: list, graph_inputs) -> Optional[str]:
    """Why the card's inputs do not describe the network's, or None: an input the card names with a list of
    ``bands`` (or a number of ``channels``) whose graph input (same name) has fixed sizes, none of them that
    number. ``graph_inputs``: (name, shape) pairs, a shape's entries ints or names (free sizes)."""
    shapes = {name: list(shape or []) for name, shape in graph_inputs}
    for spec in inputs_of_card or []:
        if not isinstance(spec, dict) or spec.get("name") not in shapes:
            continue
        fixed = [d for d in shapes[spec["name"]] if isinstance(d, int) and d > 1]
        bands = spec.get("bands")
        wanted = {len(bands)} if isinstance(bands, list) and bands else set()
        if isinstance(spec.get("channels"), int):
            wanted.add(int(spec["channels"]))
        for n in wanted:
            if fixed and n not in fixed:
                what = tr("{count} bands ({bands})", count=n, bands=", ".join(map(str, bands))) \
                    if isinstance(bands, list) and len(bands) == n else tr("{count} channels", count=n)
                return tr("its card says input '{name}' takes {what}, but the network's input has the shape {shape}: "
                          "the card does not describe this network (edited, or exported with another card)",
                          name=spec["name"], what=what, shape=shapes[spec["name"]])
    return None


def read_card(model_bytes: bytes, verify: bool = True) -> dict:
    """Read, validate and (by default) verify the card of an ONNX model given as bytes."""
    card = props_to_card(read_metadata_props(model_bytes))
    if verify:
        actual = weights_sha256(model_bytes)
        if actual != card["weights_sha256"]:
            problem = tr("weights checksum mismatch for model {model} {version}: card says {expected}…, file has "
                         "{actual}…; the file was modified or corrupted", model=card["id"], version=card["version"],
                         expected=card["weights_sha256"][:12], actual=actual[:12])
            raise ModelCardError(tr("{problem} — reinstall the plugin (in a clone of the repository: `git checkout "
                                    "models/`)", problem=problem),
                                 problem=problem)
    return card


def embed_card(model, card: dict) -> bytes:
    """Embed ``card`` into an ``onnx.ModelProto`` (training side only) and return the file bytes.

    ``weights_sha256`` is computed here and filled in; any value already in ``card`` is replaced.
    """
    del model.metadata_props[:]
    bare = model.SerializeToString()
    card = dict(card, weights_sha256=weights_sha256(bare))
    for key, value in card_to_props(card).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    data = model.SerializeToString()
    read_card(data)  # round-trip check
    return data


def write_onnx_with_card(model, card: dict, path: str) -> dict:
    """Embed the card, write the file atomically, return the card as stored."""
    from ..outputs.files import write_atomic

    data = embed_card(model, card)
    write_atomic(path, data)
    return read_card(data)
