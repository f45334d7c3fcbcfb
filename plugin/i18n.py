# SPDX-License-Identifier: GPL-3.0-or-later
"""Translation of the plugin's user-facing strings (context "EOLatent", i18n/eolatent_<lang>.qm).

``tr(text)`` is used by every widget and algorithm, and serves the engine's messages too (core/i18n).
``install_translator()`` loads the .qm of the QGIS user locale (Settings ▸ Options ▸ General ▸ Override system
locale, else the system's), once, before the provider and the docks are created, so algorithm names, parameters,
help texts and the engine's messages follow it.
"""
from __future__ import annotations

import os
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core import i18n as _core_i18n

CONTEXT = "EOLatent"
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "i18n")
_installed = []  # keep the QTranslator alive


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# the engine's messages (core/, Qt-free) follow the same catalogue once the plugin is loaded
_core_i18n.set_translator(tr)


def qgis_locale() -> str:
    """The two-letter language QGIS runs in: the translation QGIS itself loaded (``qgis --lang fr`` included: it
    sets the language without the override flag, and the plugin stayed English), else as QGIS chooses it: the
    override setting, then the system locale. ``locale/globalLocale`` is the number format, not the language (a
    French number format left the plugin French in an English QGIS)."""
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QLocale

    app = QgsApplication.instance()
    value = app.translation() if isinstance(app, QgsApplication) else ""
    if not value:
        settings = QgsSettings()
        if settings.value("locale/overrideFlag", False, type=bool):
            value = settings.value("locale/userLocale", "", type=str)
        value = value or QLocale.system().name()
    value = "en" if value in ("", "C") else value
    return value[:2].lower()


def qlocale_number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals in QGIS's locale (a decimal comma in French), without group separators."""
    from qgis.PyQt.QtCore import QLocale

    locale = QLocale()
    locale.setNumberOptions(QLocale.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def install_number_format() -> None:
    """The engine's messages write numbers as QGIS does (its number format: Settings ▸ Options ▸ General)."""
    from qgis.PyQt.QtCore import QLocale

    locale = QLocale()
    _core_i18n.set_separators(locale.decimalPoint(), locale.groupSeparator())


def install_translator(lang: Optional[str] = None) -> Optional[str]:
    """Install the translator of ``lang`` (default: the QGIS locale); returns the .qm loaded, or None."""
    from qgis.PyQt.QtCore import QTranslator

    install_number_format()
    lang = (lang or qgis_locale())[:2].lower()
    path = os.path.join(I18N_DIR, f"eolatent_{lang}.qm")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang == "en" or not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return path


def engine_text(text: str) -> str:
    """A message of the engine (core/, in English) shown in the plugin's widgets: the menu path it names is the one
    the user sees in their language ("Raster ▸ EO Latent ▸ Modèles…" in French)."""
    from ..core.engine.model_manifest import DIALOG

    models = "Raster ▸ {} ▸ {}".format(QCoreApplication.translate(CONTEXT, "EO Latent"),
                                       QCoreApplication.translate(CONTEXT, "Models…"))
    return (text or "").replace(DIALOG, models)
