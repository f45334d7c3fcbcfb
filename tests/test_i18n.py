# SPDX-License-Identifier: GPL-3.0-or-later
"""French translation of the plugin: complete, placeholders and HTML intact, loaded by install_translator()."""
import importlib.util
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "i18n", "eolatent_fr.ts")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
NAMED = re.compile(r"\{[A-Za-z_]\w*(?:[!:][^{}]*)?\}")
TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>")
ENTITY = re.compile(r"&[A-Za-z]+;|&#\d+;")

# a sentence of the French help of eolatent:textquery (last paragraph)
TEXTQUERY_FR = "Considérez les cartes comme un classement des pixels à examiner, pas comme une classification ;"
TEXTQUERY_EN = "Treat the maps as a ranking of pixels to look at, not a classification;"


def _i18n_update():
    spec = importlib.util.spec_from_file_location("i18n_update", os.path.join(ROOT, "tools", "i18n_update.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _messages():
    """[(source, translation element)] of every current (non-obsolete) message of the French .ts."""
    out = []
    for msg in ET.parse(TS).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") != "obsolete":
            out.append((msg.findtext("source"), tr))
    return out


def test_every_string_is_translated(capsys):
    upd = _i18n_update()
    strings = upd.extract()
    assert len(strings) > 200  # the extractor found the plugin's strings
    translations = upd.read_ts(TS)
    missing = [s for s in strings if s not in translations]
    assert not missing, "untranslated: %r" % missing[:5]
    assert upd.main(["--check"]) == 0, capsys.readouterr().out
    for src, tr in _messages():
        assert tr.get("type") is None, "still marked %r: %r" % (tr.get("type"), src[:80])
        assert (tr.text or "").strip(), "empty translation: %r" % src[:80]


def test_placeholders_and_html_are_kept():
    messages = _messages()
    assert messages
    for src, tr in messages:
        fr = tr.text or ""
        ph_fr, ph_src = PLACEHOLDER.findall(fr), PLACEHOLDER.findall(src)
        if all(NAMED.match(p) for p in ph_src):  # named ({file}): a translation may put them in its own order
            ph_fr, ph_src = sorted(ph_fr), sorted(ph_src)
        assert ph_fr == ph_src, src[:80]
        assert [m for m in TAG.findall(fr)] == [m for m in TAG.findall(src)], src[:80]
        assert ENTITY.findall(fr) == ENTITY.findall(src), src[:80]
    # the long help texts really are translated (not copied)
    helps = [(s, tr.text) for s, tr in messages if s.startswith("<p>")]
    assert len(helps) >= 6
    for src, fr in helps:
        assert fr != src and fr.count("<p>") == src.count("<p>")


def _compiled_qm(tmp_path):
    """Path of a .qm compiled from the current .ts: the built one if up to date, else lrelease into tmp_path."""
    built = os.path.join(ROOT, "i18n", "eolatent_fr.qm")
    if os.path.exists(built) and os.path.getmtime(built) >= os.path.getmtime(TS):
        return built
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.skip("lrelease (Debian package qttools5-dev-tools) is not installed and i18n/eolatent_fr.qm "
                    "is absent or older than the .ts: cannot compile the French translation")
    out = tmp_path / "eolatent_fr.qm"
    subprocess.run([lrelease, "-silent", TS, "-qm", str(out)], check=True)
    return str(out)


@pytest.fixture()
def french(qgis_app, tmp_path, monkeypatch):
    """The French translator installed (from a freshly compiled .qm); English again afterwards."""
    from eolatent.plugin import i18n

    qm = _compiled_qm(tmp_path)
    monkeypatch.setattr(i18n, "I18N_DIR", os.path.dirname(qm))
    try:
        assert i18n.install_translator("fr") == qm
        yield i18n
    finally:
        i18n.install_translator("en")


def test_translator_gives_french_then_english(french):
    from eolatent.processing_provider.textquery_algorithm import TextQueryAlgorithm

    tr = french.tr
    assert tr("Build stack…") == "Construire une pile…"
    assert tr("Soil moisture (Sentinel-1)") == "Humidité du sol (Sentinel-1)"
    assert tr("Tile size (pixels)") == "Taille de tuile (pixels)"
    assert tr("{} by date").format("LAI") == "LAI par date"
    alg = TextQueryAlgorithm()
    assert alg.displayName() == "Requête textuelle (concept → carte de probabilité)"
    assert TEXTQUERY_FR in alg.shortHelpString()
    assert alg.shortHelpString().startswith("<p>Tapez en anglais ce que vous cherchez")

    assert french.install_translator("en") is None
    assert tr("Build stack…") == "Build stack…"
    alg = TextQueryAlgorithm()
    assert alg.displayName() == "Text query (concept → probability map)"
    assert TEXTQUERY_EN in alg.shortHelpString()


def test_algorithm_parameters_in_french(french):
    from eolatent.processing_provider.biophysical_algorithm import BiophysicalAlgorithm

    alg = BiophysicalAlgorithm()
    alg.initAlgorithm()
    assert alg.displayName() == "Variables biophysiques (LAI, FAPAR, FCOVER, CCC, CWC)"
    assert "Estime l'indice de surface foliaire (LAI, m²/m²)" in alg.shortHelpString()
    tile = alg.parameterDefinition("TILE_SIZE")
    assert tile.description() == "Taille de tuile (pixels)"


@pytest.fixture()
def qgis_settings(qgis_app):
    """QgsSettings, with the locale keys this test changes put back as they were."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale", "locale/globalLocale")
    saved = {k: (settings.contains(k), settings.value(k)) for k in keys}
    try:
        yield settings
    finally:
        for k, (present, value) in saved.items():
            if present:
                settings.setValue(k, value)
            else:
                settings.remove(k)
        settings.sync()


def test_qgis_locale_follows_the_override(qgis_settings):
    from eolatent.plugin.i18n import qgis_locale

    qgis_settings.setValue("locale/overrideFlag", True)
    qgis_settings.setValue("locale/userLocale", "fr_FR")
    assert qgis_locale() == "fr"
    qgis_settings.setValue("locale/userLocale", "de_DE")
    assert qgis_locale() == "de"
    # the number format is not the language: without the override, the system's language (here the test's C / en)
    qgis_settings.setValue("locale/overrideFlag", False)
    qgis_settings.setValue("locale/globalLocale", "fr_FR")
    from qgis.PyQt.QtCore import QLocale

    system = QLocale.system().name()
    assert qgis_locale() == ("en" if system in ("", "C") else system[:2].lower())


def test_qgis_locale_follows_the_translation_qgis_loaded(qgis_settings, monkeypatch):
    """`qgis --lang fr` sets QGIS's translation without the override flag: the plugin stayed English."""
    from qgis.core import QgsApplication

    from eolatent.plugin.i18n import qgis_locale

    qgis_settings.setValue("locale/overrideFlag", False)
    monkeypatch.setattr(QgsApplication, "translation", lambda self: "fr")
    assert qgis_locale() == "fr"


def test_engine_messages_name_the_menu_in_the_users_language(french):
    """The engine's 'Raster ▸ EO Latent ▸ Models…' is shown as the French menu reads (the entry is 'Modèles…')."""
    from eolatent.core.engine.model_manifest import DIALOG

    text = f"model 'x' is not installed. To use it, install it in QGIS with the Models dialog ({DIALOG})"
    assert french.engine_text(text).endswith("(Raster ▸ EO Latent ▸ Modèles…)")
    french.install_translator("en")
    assert french.engine_text(text) == text


def test_engine_errors_and_log_lines_follow_the_language(french, eolatent_provider, tmp_path):
    """A refusal raised in core/ reaches the Processing user in French (through core.i18n.tr), and in English again
    once the translator is removed; nothing is written."""
    from qgis import processing
    from qgis.core import QgsProcessingException

    from eolatent.core.i18n import tr

    stack = os.path.join(ROOT, "tests", "data", "slovenia", "S2L1C_TOA_13band_2015-07-11.tif")
    out = str(tmp_path / "lai.tif")
    with pytest.raises(QgsProcessingException, match="n'est pas un raster latent .pas d'étiquette EOLATENT_LATENT"):
        processing.run("eolatent:decode", dict(INPUT=stack, DATES="2015-07-11", OUTPUT_LAI=out))
    assert tr("the end date {end} is before the start date {start}", end="E", start="S") != \
        "the end date E is before the start date S"
    from eolatent.core.engine.model_manifest import folder_hint
    from eolatent.plugin.models_dialog import in_dialog_words
    hint = folder_hint()                  # the Models dialog drops the command-line way in French too
    assert "--dir FOLDER" in hint and in_dialog_words(hint).startswith("choisissez un dossier accessible en écriture "
                                                                       ": la variable d'environnement")
    from eolatent.core.inputs.product_level import reason_text     # the level's reason: English in the tag only
    assert reason_text("band B10 present, which only Level-1C products carry").startswith("bande B10 présente")
    assert reason_text("from the stack's band tag LEVEL=L1C") == "d'après l'étiquette de bande LEVEL=L1C de la pile"
    assert reason_text("from the stack's band tag LEVEL=L1C; at build: band B10 present, which only Level-1C "
                       "products carry") == ("d'après l'étiquette de bande LEVEL=L1C de la pile ; à la construction : "
                                             + reason_text("band B10 present, which only Level-1C products carry"))
    assert reason_text("from the stack's band tag LEVEL=L2A; at build: from the file name, in a b/T33_L2A.tif") == \
        "d'après l'étiquette de bande LEVEL=L2A de la pile ; à la construction : " + \
        tr("{reason}, in {file}", reason=reason_text("from the file name"), file="a b/T33_L2A.tif")
    # a stack given to buildstack again: date_level adds ", in <the stack>" (the review: it stayed English)
    assert reason_text("from the stack's band tag LEVEL=L1C; at build: band B10 present, which only Level-1C products "
                       "carry, in S2L1C_a.tif, in stack.tif") == tr("{reason}, in {file}", reason=(
                           "d'après l'étiquette de bande LEVEL=L1C de la pile ; à la construction : " + tr(
                               "{reason}, in {file}", reason=reason_text("band B10 present, which only Level-1C "
                                                                         "products carry"), file="S2L1C_a.tif")),
                           file="stack.tif")
    assert reason_text("from the stack's band tag LEVEL=L2A, in stack.tif") == tr(
        "{reason}, in {file}", reason="d'après l'étiquette de bande LEVEL=L2A de la pile", file="stack.tif")
    assert reason_text("from the SAFE's MTD_MSIL1C.xml") == "d'après the SAFE's MTD_MSIL1C.xml"  # unknown: as given
    french.install_translator("en")
    with pytest.raises(QgsProcessingException, match="is not a latent raster .no EOLATENT_LATENT tag"):
        processing.run("eolatent:decode", dict(INPUT=stack, DATES="2015-07-11", OUTPUT_LAI=out))
    assert not os.path.exists(out)


def test_legend_words_follow_the_language(french, tmp_path):
    """A probability or a count ramp said "probability", "dates" in English in a French QGIS."""
    import numpy as np
    import rasterio
    from qgis.core import QgsRasterLayer
    from rasterio.transform import from_origin

    from eolatent.processing_provider.styling import write_style

    path = str(tmp_path / "p.tif")
    with rasterio.open(path, "w", driver="GTiff", width=2, height=2, count=1, dtype="float32", crs="EPSG:32633",
                       transform=from_origin(0, 0, 10, 10)) as ds:
        ds.write(np.array([[[0.1, 0.4], [0.6, 0.9]]], np.float32))

    def labels(key):
        layer = QgsRasterLayer(path, "x")
        layer.loadNamedStyle(write_style(path, key))
        return [label for label, _ in layer.renderer().legendSymbologyItems()]

    assert labels("PROBABILITY")[-1].endswith(" probabilité") and labels("COUNT")[-1].endswith(" dates")
    french.install_translator("en")
    assert labels("PROBABILITY")[-1].endswith(" probability")


def test_engine_numbers_follow_the_qgis_number_format(french, qgis_app):
    """With a French number format (QGIS sets QLocale's default from it), the engine's log lines, the legend labels
    and the classification report write decimal commas; with an English one, points."""
    from qgis.PyQt.QtCore import QLocale

    from eolatent.core.i18n import tr
    from eolatent.processing_provider.classify_report import _pct

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.French, QLocale.France))
        french.install_translator("fr")
        assert tr("Guide line r² = {r2:.2f} over {n} cells", r2=0.8765, n=4) == "Guide line r² = 0,88 over 4 cells"
        assert _pct(0.8125) == "81,2 %"
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
        french.install_translator("fr")
        assert tr("Guide line r² = {r2:.2f} over {n} cells", r2=0.8765, n=4) == "Guide line r² = 0.88 over 4 cells"
        assert _pct(0.8125) == "81.2 %"
    finally:
        QLocale.setDefault(before)
        french.install_translator("en")
