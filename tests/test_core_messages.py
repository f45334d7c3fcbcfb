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


@pytest.fixture()
def french_numbers():
    """The separators of a French number format installed (as the plugin does from QLocale); English afterwards."""
    i18n.set_separators(",", "\u202f")
    yield
    i18n.set_separators()


def test_numbers_in_messages_follow_the_installed_separators(french_numbers):
    """Any non-integer value given to tr, whatever its format spec, takes the decimal comma; integers are unchanged
    unless grouped; text values (file names, dates) are left alone; lists are joined with "; " not to clash."""
    import numpy as np

    assert i18n.tr("RMSE {rmse:.2f} ({share:.0%}) at {n} pixels", rmse=0.4123, share=0.256, n=1234) == \
        "RMSE 0,41 (26%) at 1234 pixels"
    assert i18n.tr("{a:,.1f} m² and {b:,} pixels", a=12345.67, b=1234567) == "12\u202f345,7 m² and 1\u202f234\u202f567 pixels"
    assert i18n.tr("{x} / {y:.3g}", x=np.float32(0.5), y=np.float64(1.25e-4)) == "0,5 / 0,000125"
    assert i18n.tr("{flag} in {file}", flag=True, file="S2_2015.07.11.tif") == "True in S2_2015.07.11.tif"
    assert i18n.number(2.5, ".2f") == "2,50" and i18n.join(["1,5", "2,5"]) == "1,5; 2,5"
    assert i18n.local_format("{:.1f} % and {name:.2f}", 81.25, name=0.5) == "81,2 % and 0,50"
    before = i18n._translate
    i18n.set_translator(lambda s: {"{n:.1f} dates": "{n:d} dates"}.get(s, s))
    try:        # a translation whose spec the value does not take: the English template, with the comma
        assert i18n.tr("{n:.1f} dates", n=2.0) == "2,0 dates"
    finally:
        i18n.set_translator(before)


def test_numbers_stay_english_without_separators():
    assert i18n.tr("RMSE {rmse:.2f}, {b:,} px", rmse=0.4123, b=1234567) == "RMSE 0.41, 1,234,567 px"
    assert i18n.number(2.5, ".2f") == "2.50" and i18n.join(["1.5", "2.5"]) == "1.5, 2.5"
    assert i18n.local_format("{:.1f}", 81.25) == "81.2"


def test_sizes_in_the_log_are_in_megabytes_below_a_gigabyte():
    from eolatent.core.engine.disk_space import size_text

    assert size_text(2_560_000) == "2.56 MB" and size_text(536_000) == "0.536 MB"
    assert size_text(4e9) == "4 GB" and size_text(1.234e9) == "1.23 GB" and size_text(999e6) == "999 MB"
    assert size_text(999.6e6) == "1 GB" and size_text(999_999_999) == "1 GB"
