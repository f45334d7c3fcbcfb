# SPDX-License-Identifier: GPL-3.0-or-later
"""Translation of the engine's user-facing messages (errors, warnings, log lines) without importing Qt.

Every message of ``core/`` is written as ``tr("template with {name} placeholders", name=value)``. The template
is the English text and the key of the translation catalogue (``i18n/eolatent_<lang>.ts``, context "EOLatent",
extracted by ``tools/i18n_update.py`` like the plugin's own strings). The plugin installs a translator with
:func:`set_translator` (Qt's ``QCoreApplication.translate``); the command line installs none and speaks English.
Placeholders are named, so a translation may put them in another order; a template without values is taken
literally (no brace escaping), one with values follows ``str.format`` (literal braces doubled).

Numbers follow the user's number format too: the plugin installs QGIS's decimal and group separators with
:func:`set_separators`, and every non-integer value given to :func:`tr` is written with them ("RMSE 0,41" in
French); a list of numbers built before ``tr`` goes through :func:`number` and :func:`join`. The command line keeps "." and ",".
"""
from __future__ import annotations

import numbers
from typing import Callable, Optional

_translate: Optional[Callable[[str], str]] = None
_separators: dict = {}     # str.translate table: "." → the decimal separator, "," → the group separator


def set_separators(decimal: str = ".", group: str = ",") -> None:
    """Write numbers with ``decimal`` and ``group`` separators ("," and " " in French; the default: English)."""
    _separators.clear()
    if (decimal, group) != (".", ","):
        _separators.update({ord("."): decimal, ord(","): group})


class _LocalFloat(float):
    """A float whose formatting (any format spec: ``.2f``, ``.0%``, ``,.0f`` …) uses the installed separators."""

    def __format__(self, spec: str) -> str:
        return format(float(self), spec).translate(_separators)


class _LocalInt(int):
    """An integer whose group separator (format spec ``,``) is the installed one."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec).translate(_separators)


def _local(value):
    if not _separators or isinstance(value, bool) or not isinstance(value, numbers.Real):
        return value
    return _LocalInt(value) if isinstance(value, numbers.Integral) else _LocalFloat(value)


def number(value: float, spec: str = "") -> str:
    """``format(value, spec)`` with the installed separators: for numbers joined into one value before :func:`tr`."""
    return format(_local(value), spec)


def local_format(text: str, /, *args, **kwargs) -> str:
    """``text.format(*args, **kwargs)`` with the installed separators (for templates translated elsewhere)."""
    return text.format(*map(_local, args), **{name: _local(value) for name, value in kwargs.items()})


def join(parts) -> str:
    """``parts`` as one list: ", " between them, or "; " where the decimal separator is a comma."""
    return ("; " if _separators.get(ord(".")) == "," else ", ").join(parts)


def set_translator(translate: Optional[Callable[[str], str]]) -> None:
    """Install ``translate(template) -> translated template`` (None: English)."""
    global _translate
    _translate = translate


def english(template: str, /, **values) -> str:
    """``template`` in English with ``values`` as Python writes them: the twin of :func:`tr` for texts that stay English
    whatever the user's language (output metadata, model cards), passed as ``tr=english`` to a function that says the
    same thing in the log with ``tr`` (so the catalogue finds its literal templates)."""
    return template.format(**values) if values else template


def tr(template: str, /, **values) -> str:
    """``template`` in the user's language, with ``values`` put in its placeholders.

    A translation that cannot be filled (a placeholder renamed by mistake) falls back to the English template, so
    a faulty catalogue never hides the message itself."""
    text = template
    if _translate is not None:
        try:
            text = _translate(template) or template
        except Exception:  # noqa: BLE001 - a broken translator must not replace the message with its own error
            text = template
    if not values:
        return text
    values = {name: _local(value) for name, value in values.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template.format(**values)
