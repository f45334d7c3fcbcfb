# SPDX-License-Identifier: GPL-3.0-or-later
"""What the blocks of a block run say (core/scaleout/distributed.py): each block's messages, kept in its record and
shown once by the driver, with the blocks' input views named by the user's files; block folders made readable like
the folder that holds them."""
from __future__ import annotations

import os
import re
from typing import Dict, List

from ..i18n import tr
from ..engine.tiling import Feedback, warn

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_VIEW_PATH = re.compile(r"\S*/views/[^/\s]+/([^/\s]+?\.vrt)")      # a block's view of an input: …/views/<kind>/<name>


def _view_paths(text: str, originals: Dict[str, str]) -> str:
    """``text`` with the full paths of the blocks' input views replaced by the user's files they show."""
    return _VIEW_PATH.sub(lambda m: originals.get(m.group(1), m.group(0)), text)


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
    of the first block computed as it goes (blocks say the same things: the input, the models), and the warnings of
    every block when all are done (:meth:`finish`), each once. A warning that blocks give with their own figures (a
    share of their pixels) is shown once, from the first block that gave it, saying so: a block's figure is not the
    whole raster's; one that only some blocks gave says how many."""

    def __init__(self, feedback, originals: Dict[str, str]):
        self.feedback, self.originals, self.first = feedback, originals, True
        self.warnings: Dict[str, dict] = {}          # text with its numbers blanked -> first text, block, blocks

    def __call__(self, record: dict) -> None:
        messages = record.get("messages") or []
        if not messages:
            return
        for level, text in messages:
            text = user_names(text, self.originals)
            if level == "warning":
                seen = self.warnings.setdefault(_NUMBER.sub("#", text), dict(text=text, block=record.get("block"),
                                                                             blocks=set(), texts=set()))
                seen["blocks"].add(record.get("block"))          # blocks, not messages: one block may say it twice
                seen["texts"].add(text)
            elif self.first:
                self.feedback.info(text)
        self.first = False

    def finish(self, computed: int) -> None:
        """Show the warnings gathered from the ``computed`` blocks."""
        for seen in self.warnings.values():
            if len(seen["texts"]) == 1 and len(seen["blocks"]) < computed:    # e.g. a date empty in some blocks
                warn(self.feedback, seen["text"] + " " + tr(
                    "({count} of the {total} blocks computed gave this warning)", count=len(seen["blocks"]),
                    total=computed))
            elif len(seen["texts"]) == 1:
                warn(self.feedback, seen["text"])
            else:
                warn(self.feedback, seen["text"] + " " + tr(
                    "(block {block}: the figures are that block's; {count} of the {total} blocks computed gave this "
                    "warning, each with its own figures)", block=seen["block"], count=len(seen["blocks"]),
                    total=computed))
        self.warnings = {}


def user_names(text: str, originals: Dict[str, str]) -> str:
    """``text`` with the blocks' input views (``…/views/<kind>/<name>.vrt`` or the bare ``<name>.vrt``) named by the
    user's files they show."""
    text = _view_paths(text, originals)
    for view, path in originals.items():
        name = os.path.basename(path)
        text = re.sub(r"(?<![\w./-])" + re.escape(view) + r"(?![\w.-])", lambda m: name, text)
    return text


def named_inputs(exc: BaseException, originals: Dict[str, str]) -> BaseException:
    """``exc`` with the blocks' input views (``…/views/<kind>/<name>.vrt`` or the bare ``<name>.vrt``) named by the
    user's files they show (the same exception where its type cannot be rebuilt from a message)."""
    text = str(exc)
    new = user_names(text, originals)        # full view paths and bare view names (a message giving the file name)
    if new == text or len(exc.args) != 1:
        return exc
    try:
        return type(exc)(new)
    except Exception:  # noqa: BLE001 - an exception class with another signature: keep it as it is
        return exc
