# SPDX-License-Identifier: GPL-3.0-or-later
"""What the blocks of a block run say (core/scaleout/distributed.py): each block's messages, kept in its record and
shown once by the driver, with the blocks' input views named by the user's files; block folders made readable like
the folder that holds them."""
from __future__ import annotations

import os
import re
from typing import Dict, List, Optional

import numpy as np

from ..i18n import tr
from ..engine.tiling import Feedback, warn

_NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)?")
# a block's view of an input: …/views/<kind>/<name>.vrt (a runner may name it with its input's extension)
_VIEW_PATH = re.compile(r"\S*/views/[^/\s]+/([^/\s]+)\.\w+\b")


def _figures(text: str) -> List[re.Match]:
    """The figures of ``text``: its numbers that are not part of a date, a time, a name or a path (2015-07-11, 10:30,
    B04, tile-12.tif, /12/); a leading minus is a sign only after a space or an opening bracket."""
    found = []
    for m in _NUMBER.finditer(text):
        st, en = m.start(), m.end()
        if m.group(0)[0] in "-−" and st > 0 and not (text[st - 1].isspace() or text[st - 1] in "(["):
            continue                                                  # a hyphen: a date or a name goes on
        before, after = text[max(st - 2, 0):st], text[en:en + 2]
        if re.fullmatch(r"(\d[-:/]|.?[^\W\d]|.?[_./\\])", before) or re.fullmatch(r"([-:/_.\\]\w|[^\W\d].?)", after):
            continue
        found.append(m)
    return found


def _template(text: str) -> str:
    """``text`` with its figures (:func:`_figures`) blanked: what lines that differ only in their figures share."""
    out, at = [], 0
    for m in _figures(text):
        out += [text[at:m.start()], "#"]
        at = m.end()
    return "".join(out) + text[at:]


def _view_paths(text: str, originals: Dict[str, str]) -> str:
    """``text`` with the full paths of the blocks' input views replaced by the user's files they show."""
    return _VIEW_PATH.sub(lambda m: originals.get(m.group(1) + ".vrt", m.group(0)), text)


def readable(folder: str) -> None:
    """``folder`` and its files with the permissions of the folder that holds it (made by os.makedirs, so as the
    user's umask says; mkdtemp made ``folder`` 0700). The umask itself is not touched: it is the whole process's."""
    mode = os.stat(os.path.dirname(os.path.abspath(folder))).st_mode & 0o777
    os.chmod(folder, mode)
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            os.chmod(path, mode & 0o666)


class BlockMessages(Feedback):
    """What a block's run says (its log lines and warnings), kept in its record for the driver to show: blocks run on
    workers, or here without the user's feedback."""

    def __init__(self):
        self.messages: List[List[str]] = []

    def info(self, message: str) -> None:
        self.messages.append(["info", str(message)])

    def warning(self, message: str) -> None:
        self.messages.append(["warning", str(message)])


class Relay:
    """Shows the blocks' messages once, with the blocks' views of the inputs named by the user's files: the log lines
    without figures of the first block computed as it goes (blocks say the same things: the input, the models), and
    the lines with figures and the warnings of every block when all are done (:meth:`finish`), each once. A line
    with figures may be the block's own (a count or share of its pixels, its size: the first block's "output: 1024 ×
    1024 pixels" of a 4800 × 4800 output read as the whole raster's), so it waits: when all are done it is given
    as it is where every block gave the same, else with the range of the blocks' figures; one that only some blocks
    gave says how many."""

    def __init__(self, feedback, originals: Dict[str, str], tiles_dir: Optional[str] = None):
        self.feedback, self.originals, self.tiles_dir, self.first = feedback, originals, tiles_dir, True
        # (level, text with its numbers blanked, n-th such line of a block) -> first text, blocks that gave it, the
        # distinct texts, whether the first block's line was shown
        self.warnings: Dict[tuple, dict] = {}
        self.infos: Dict[tuple, dict] = {}

    def __call__(self, record: dict) -> None:
        messages = record.get("messages") or []
        said, nth = set(), {}
        for level, text in messages:
            text = user_names(text, self.originals, self.tiles_dir)
            if (level, text) in said:          # one block saying a line twice: once (blocks, not messages, count)
                continue
            said.add((level, text))
            # the n-th line of its kind in this block (per-date lines: the same n in every block is the same date)
            template = (level, _template(text))
            nth[template] = nth.get(template, -1) + 1
            table = self.warnings if level == "warning" else self.infos
            seen = table.setdefault(template + (nth[template],), dict(text=text, block=record.get("block"),
                                                                      blocks=set(), texts=[], shown=False))
            seen["blocks"].add(record.get("block"))
            if text not in seen["texts"]:
                seen["texts"].append(text)
            if level != "warning" and self.first and not _figures(text):
                self.feedback.info(text)
                seen["shown"] = True
        if messages:
            self.first = False

    def finish(self, computed: int) -> None:
        """Show the warnings gathered from the ``computed`` blocks, and the log lines whose figures differ between
        blocks (or that the first block did not give) with the blocks' range."""
        for seen in self.infos.values():
            some = len(seen["blocks"]) < computed
            if len(seen["texts"]) == 1 and (not seen["shown"] or some):   # shown live as if every block gave it
                self.feedback.info(seen["text"] + (" " + tr("({count} of the {total} blocks computed gave this line)",
                                                            count=len(seen["blocks"]), total=computed)
                                                   if some else ""))
            elif len(seen["texts"]) > 1:
                self.feedback.info(_over_blocks(seen, computed))
        for seen in self.warnings.values():
            if len(seen["texts"]) == 1:
                warn(self.feedback, seen["text"] + (" " + tr("({count} of the {total} blocks computed gave this "
                                                             "warning)", count=len(seen["blocks"]), total=computed)
                                                    if len(seen["blocks"]) < computed else ""))
            else:
                warn(self.feedback, _over_blocks(seen, computed))
        self.warnings, self.infos = {}, {}


def _over_blocks(seen: dict, computed: int) -> str:
    """A line the blocks gave with figures of their own: its figures as the blocks' ranges where they can be (each
    varying figure min–max), else the first block's, saying so."""
    ranged = ranges(seen["texts"])
    if ranged is not None and len(seen["blocks"]) < computed:
        return ranged + " " + tr("(figures per block, from the lowest to the highest over the {count} of the {total} "
                                 "blocks computed that gave this line)", count=len(seen["blocks"]), total=computed)
    if ranged is not None:
        return ranged + " " + tr("(figures per block, from the lowest to the highest over the {total} blocks "
                                 "computed)", total=computed)
    return seen["text"] + " " + tr(
        "(block {block}: the figures are that block's; {count} of the {total} blocks computed gave this line, each "
        "with its own figures)", block=seen["block"], count=len(seen["blocks"]), total=computed)


def ranges(texts: List[str]) -> Optional[str]:
    """One text for several that differ only in their figures (:func:`_figures`): each figure that differs becomes
    its lowest and highest value (``3–12``, ``−5 to −3``). None where the texts do not have the same figures."""
    found = [_figures(t) for t in texts]
    if len({len(f) for f in found}) != 1 or len({_template(t) for t in texts}) != 1:
        return None
    first = texts[0]
    out, at = [], 0
    for i, m in enumerate(found[0]):
        values = [f[i].group(0) for f in found]
        out.append(first[at:m.start()])
        at = m.end()
        if len(set(values)) == 1:
            out.append(values[0])
            continue
        number = [float(v.replace(",", ".").replace("−", "-")) for v in values]
        lo, hi = values[int(np.argmin(number))], values[int(np.argmax(number))]
        out.append(f"{lo} to {hi}" if min(number) < 0 else f"{lo}–{hi}")
    out.append(first[at:])
    return "".join(out)


def user_names(text: str, originals: Dict[str, str], tiles_dir: Optional[str] = None) -> str:
    """``text`` with the blocks' input views (``…/views/<kind>/<name>.vrt`` or the bare ``<name>.vrt``) named by the
    user's files they show. With the run's ``tiles_dir``, a view's whole path is known where it starts, so it is
    renamed whatever its folders hold (spaces) and its separators (Windows); else it is taken to hold no space."""
    if tiles_dir and originals:
        stems = "|".join(re.escape(v[:-len(".vrt")]) for v in sorted(originals, key=len, reverse=True))
        text = re.sub(re.escape(tiles_dir) + r"[\\/]blocks[\\/][^\\/]+[\\/]views[\\/][^\\/]+[\\/](" + stems
                      + r")\.\w+(?!\.?\w)", lambda m: originals[m.group(1) + ".vrt"], text)
    text = _view_paths(text, originals)
    for view, path in originals.items():
        name = os.path.basename(path)
        text = re.sub(r"(?<![\w./-])" + re.escape(view) + r"(?![\w.-])", lambda m: name, text)
    return text


def named_inputs(exc: BaseException, originals: Dict[str, str], tiles_dir: Optional[str] = None) -> BaseException:
    """``exc`` with the blocks' input views (``…/views/<kind>/<name>.vrt`` or the bare ``<name>.vrt``) named by the
    user's files they show (:func:`user_names`; the same exception where its type cannot be rebuilt from a
    message)."""
    text = str(exc)
    new = user_names(text, originals, tiles_dir)   # full view paths, and bare view names (a message naming a file)
    if new == text or len(exc.args) != 1:
        return exc
    try:
        return type(exc)(new)
    except Exception:  # noqa: BLE001 - an exception class with another signature: keep it as it is
        return exc
