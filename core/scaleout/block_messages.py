# SPDX-License-Identifier: GPL-3.0-or-later
"""What the blocks of a block run say (core/scaleout/distributed.py): each block's messages, kept in its record and
shown once by the driver, with the blocks' input views named by the user's files; block folders readable as the
user's umask says."""
from __future__ import annotations

import os
from typing import Dict, List

from ..engine.tiling import Feedback, warn

def readable(folder: str) -> None:
    """``folder`` and its files with the permissions the user's umask gives new ones (mkdtemp made it 0700)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(folder, 0o777 & ~mask)
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            os.chmod(path, 0o666 & ~mask)


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
    """Shows the blocks' messages once: every line of the first block computed, then the warnings of any block that
    no earlier block gave (blocks say the same things: the input, the models, a warning about the data); the
    blocks' views of the inputs are named by the user's files."""

    def __init__(self, feedback, originals: Dict[str, str]):
        self.feedback, self.originals, self.seen, self.first = feedback, originals, set(), True

    def __call__(self, record: dict) -> None:
        messages = record.get("messages") or []
        if not messages:
            return
        for level, text in messages:
            text = user_names(text, self.originals)
            if text in self.seen or (level != "warning" and not self.first):
                continue
            self.seen.add(text)
            if level == "warning":
                warn(self.feedback, text)
            else:
                self.feedback.info(text)
        self.first = False


def user_names(text: str, originals: Dict[str, str]) -> str:
    """``text`` with the blocks' input views (``…/views/<kind>/<name>.vrt`` or the bare ``<name>.vrt``) named by the
    user's files they show."""
    import re

    text = re.sub(r"\S*/views/[^/\s]+/([^/\s]+?\.vrt)", lambda m: originals.get(m.group(1), m.group(0)), text)
    for view, path in originals.items():
        text = re.sub(r"(?<![\w./-])" + re.escape(view) + r"(?![\w.-])", os.path.basename(path), text)
    return text


def named_inputs(exc: BaseException, originals: Dict[str, str]) -> BaseException:
    """``exc`` with the paths of the blocks' input views (``…/views/<kind>/<name>.vrt``) replaced by the user's files
    they show (the same exception where its type cannot be rebuilt from a message)."""
    import re

    text = str(exc)
    new = re.sub(r"\S*/views/[^/\s]+/([^/\s]+?\.vrt)", lambda m: originals.get(m.group(1), m.group(0)), text)
    if new == text or len(exc.args) != 1:
        return exc
    try:
        return type(exc)(new)
    except Exception:  # noqa: BLE001 - an exception class with another signature: keep it as it is
        return exc
