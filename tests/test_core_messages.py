# SPDX-License-Identifier: GPL-3.0-or-later
"""The engine's messages go through core.i18n.tr: no literal message in a raise or a log call of core/, and tr
fills named placeholders in the translated template, falling back to English when a translation is faulty."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from eolatent.core import i18n

CORE = Path(__file__).resolve().parent.parent / "core"
LOG_CALLS = {"info", "warning", "warn", "pushInfo", "pushWarning", "reportError"}


def _is_text(node) -> bool:
    """A message written in place: a string literal, an f-string, or a concatenation / % / .format of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def _literal_messages(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        call = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
        elif isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name in LOG_CALLS:
                call = node
        if call is not None and call.args and _is_text(call.args[0]):
            out.append(f"{path.relative_to(CORE.parent)}:{call.lineno}")
    return out


def test_no_literal_message_in_core():
    found = [hit for p in sorted(CORE.rglob("*.py")) for hit in _literal_messages(p)]
    assert not found, f"{len(found)} messages of core/ are not wrapped in tr(): {found[:20]}"


@pytest.fixture()
def translator():
    before = i18n._translate  # the plugin's, when a QGIS test ran before: put back afterwards

    def install(table):
        i18n.set_translator(lambda s: table.get(s, s))
    yield install
    i18n.set_translator(before)


def test_tr_is_english_and_fills_placeholders_without_a_translator():
    assert i18n.tr("the end date {end} is before the start date {start}", end="2020-01-01", start="2020-02-01") \
        == "the end date 2020-01-01 is before the start date 2020-02-01"
    assert i18n.tr("a literal {brace} kept when there is no value") == "a literal {brace} kept when there is no value"
    assert i18n.tr("{n:.2f} and {{braces}}", n=1 / 3) == "0.33 and {braces}"


def test_tr_uses_the_translation_and_its_placeholder_order(translator):
    translator({"the end date {end} is before the start date {start}":
                "la date de début {start} est après la date de fin {end}"})
    assert i18n.tr("the end date {end} is before the start date {start}", end="E", start="S") \
        == "la date de début S est après la date de fin E"
    assert i18n.tr("not in the catalogue {x}", x=1) == "not in the catalogue 1"


def test_a_faulty_translation_falls_back_to_english(translator):
    translator({"{n} dates": "{nombre} dates", "{n} files": "{n:d} fichiers"})
    assert i18n.tr("{n} dates", n=3) == "3 dates"          # renamed placeholder
    assert i18n.tr("{n} files", n="x") == "x files"       # format spec the value does not take

    def broken(_):
        raise RuntimeError("translator failed")
    i18n.set_translator(broken)
    assert i18n.tr("{n} dates", n=2) == "2 dates"
