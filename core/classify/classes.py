# SPDX-License-Identifier: GPL-3.0-or-later
"""Class tables of the map algorithms: raster codes, names and colours of a class field's values (one place for the
Processing algorithms, which add a layer's renderer categories, and the QGIS-free command line)."""
from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence

from ..i18n import tr

# a qualitative palette (ColorBrewer Set1 + Dark2 + Paired), cycled for more classes
PALETTE = ("#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999",
           "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#a6cee3", "#b2df8a",
           "#fb9a99", "#fdbf6f", "#cab2d6", "#6a3d9a")


def palette_colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def value_key(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _sortable(k: str):
    try:
        return (0, float(k), k)
    except ValueError:
        return (1, 0.0, k)


def drop_zero_class(got, integer_field: bool) -> int:
    """In an integer class field, 0 is the class map's nodata: features of class 0 are taken out of ``got`` (its
    ``values`` and ``geometries``, in place) so that the other classes keep their values as codes. The number
    taken out (0 where the field is not integer or has no 0)."""
    if not integer_field:
        return 0
    keep = [i for i, v in enumerate(got.values) if value_key(v) != "0"]
    dropped = len(got.values) - len(keep)
    if dropped:
        got.values = [got.values[i] for i in keep]
        got.geometries = [got.geometries[i] for i in keep]
    return dropped


ZERO_CLASS_NOTE = ("{} feature(s) of class 0 were skipped: 0 is the class map's nodata (recode them to use them)")


def renumbered_note(classes: Sequence[dict], integer_field: bool) -> Optional[str]:
    """A log line where an integer class field could not keep its values as the map's codes (a value outside
    1 … 65535), else None."""
    if not integer_field or all(str(c["value"]) == c["key"] for c in classes):
        return None
    bad = [c["key"] for c in classes if not (c["key"].lstrip("-").isdigit() and 1 <= int(c["key"]) <= 65535)]
    return tr("the class field holds values the map cannot use as codes ({values}; codes are 1 … 65535, 0 is "
              "nodata): the classes are numbered 1 … {count} in the order of their values, and the map's {tag} tag "
              "gives each code's value", values=", ".join(bad[:5]), count=len(classes), tag="CLASSES")


def class_table(values: Sequence, integer_field: bool, categories: Optional[Dict[str, dict]] = None) -> List[dict]:
    """[{value (raster code), key (layer value), name, color}] for the distinct layer ``values``.

    Integer class fields whose values all lie in 1 … 65535 keep their values as raster codes; otherwise the
    codes are 1 … n (in the order of ``categories`` — a style's classes — else sorted). Names and colours from
    ``categories``, else the value itself and the palette.
    """
    categories = categories or {}
    keys = {value_key(v) for v in values}
    distinct = [k for k in categories if k in keys] + sorted((k for k in keys if k not in categories), key=_sortable)
    keep_values = integer_field and all(k.lstrip("-").isdigit() and 1 <= int(k) <= 65535 for k in distinct)
    table = []
    for i, k in enumerate(distinct):
        cat = categories.get(k, {})
        table.append(dict(value=int(k) if keep_values else i + 1, key=k, name=cat.get("name") or k,
                          color=cat.get("color") or palette_colour(i)))
    return table


def _as_integer(value):
    """The int of a whole-number class value (8, 8.0, "8"), else None; "08", " 8.5", True are not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text.startswith("-") else text
        if digits.isdigit() and digits.isascii() and (digits == "0" or not digits.startswith("0")):
            return int(text)
    return None


def normalise_classes(got) -> List[str]:
    """Class values of ``got`` (``values`` and ``integer_field``, changed in place) as an integer field's when every
    one is a whole number in 1 … 65535 — a Real field's 1.0, 8.0 or a text field's "1", "10": the map then keeps them
    as codes (8 stays 8). With a 0 or a value outside that range they stay the field's own kind, renumbered 1, 2, …
    as before (an integer field's rules would drop a class 0 that a text field meant as one). Text values lose
    their surrounding spaces ("forest " is "forest"). Returns warnings: text values equal apart from case stay
    separate classes, and are named."""
    values = [v.strip() if isinstance(v, str) else v for v in got.values]
    ints = [_as_integer(v) for v in values]
    if values and not got.integer_field and all(i is not None and 1 <= i <= 65535 for i in ints):
        values, got.integer_field = ints, True      # a 0 ("0 = water" of a text field) keeps the text rules: not dropped
    got.values = values
    spelled: Dict[str, set] = {}
    for v in values:
        if isinstance(v, str):
            spelled.setdefault(v.casefold(), set()).add(v)
    groups = [", ".join(repr(s) for s in sorted(group)) for group in spelled.values() if len(group) > 1]
    if not groups:
        return []
    return [tr("class values that differ only in upper / lower case are separate classes: {values}; write each class "
               "the same way in the class field to make it one class", values="; ".join(groups))]


def not_a_class_field(values: Sequence, field: str) -> str:
    """The refusal of a class field that holds a measurement, not classes: over 20 distinct values, one for almost
    every feature (a polygon's area gave 48 "classes" for 48 polygons, trained without a word); "" otherwise."""
    keys = [value_key(v) for v in values]
    distinct = len(set(keys))
    if distinct <= 20 or distinct < 0.8 * len(keys):
        return ""
    return tr("the class field {field} holds {distinct} different values for {count} features: a class field holds a "
              "few classes, each shared by several features ({field} looks like a measurement or an identifier); "
              "choose the field that holds the classes", field=field, distinct=distinct, count=len(keys))
