# SPDX-License-Identifier: GPL-3.0-or-later
"""Translation of the engine's user-facing messages (errors, warnings, log lines) without importing Qt.

Every message of ``core/`` is written as ``tr("template with {name} placeholders", name=value)``. The template
is the English text and the key of the translation catalogue (``i18n/eolatent_<lang>.ts``, context "EOLatent",
extracted by ``tools/i18n_update.py`` like the plugin's own strings). The plugin installs a translator with
:func:`set_translator` (Qt's ``QCoreApplication.translate``); the command line installs none and speaks English.
Placeholders are named, so a translation may put them in another order; a template without values is taken
literally (no brace escaping), one with values follows ``str.format`` (literal braces doubled).
"""
from __future__ import annotations

from typing import Callable, Optional

_translate: Optional[Callable[[str], str]] = None


def set_translator(translate: Optional[Callable[[str], str]]) -> None:
    """Install ``translate(template) -> translated template`` (None: English)."""
    global _translate
    _translate = translate


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
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template.format(**values)
