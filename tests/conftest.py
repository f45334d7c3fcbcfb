# SPDX-License-Identifier: GPL-3.0-or-later
import os

import pytest

DATA = os.path.join(os.path.dirname(__file__), "data")
SLOVENIA = os.path.join(DATA, "slovenia")


@pytest.fixture(scope="session")
def slovenia_tif():
    return os.path.join(SLOVENIA, "S2L1C_TOA_13band_2015-07-11.tif")


_KEEP = []  # the registry does not own the Python wrapper: keep it alive for the whole session


@pytest.fixture(autouse=True, scope="session")
def _collect_before_qgis_exits(qgis_app):
    """Collect the tests' garbage while QGIS and GDAL are still up, then no more cyclic collection: pytest-qgis
    calls exitQgis when its session fixture (set up before this one) is torn down, and a collection after that —
    triggered by a late import in another plugin's terminal summary — met wrappers of GDAL objects whose library
    state was gone and segfaulted now and then after every test had passed. The process ends with os._exit
    (pytest_unconfigure below), so the disabled collector frees nothing that matters."""
    yield
    import gc

    gc.collect()
    gc.disable()


@pytest.fixture(autouse=True)
def _english_number_separators():
    """Each test starts and ends with the engine writing numbers with "." (the command line's way): a test that
    installs the plugin's translator takes the machine's number format, and on a French-locale machine its decimal
    commas reached the tests after it."""
    from eolatent.core import i18n

    i18n.set_separators()
    yield
    i18n.set_separators()


@pytest.fixture()
def eolatent_provider(qgis_processing):
    """The EO Latent provider registered in the QGIS Processing registry."""
    from qgis.core import QgsApplication

    from eolatent.processing_provider.provider import EOLatentProvider

    if not _KEEP:
        provider = EOLatentProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        _KEEP.append(provider)
    return _KEEP[0]



def pytest_configure(config):
    """The tests' text-query image cache is a folder of this run, not the user's ~/.cache/eolatent; their user model
    folder is an empty folder of this run, not the user's ~/.local/share/eolatent/models (models installed there
    changed what the diagnostics and the model manager's tests counted), as on a fresh machine."""
    import tempfile

    if not os.environ.get("EOLATENT_CACHE_DIR"):
        config._eolatent_cache = tempfile.mkdtemp(prefix="eolatent-test-cache-")
        os.environ["EOLATENT_CACHE_DIR"] = config._eolatent_cache
    if not os.environ.get("EOLATENT_MODELS_DIR"):
        config._eolatent_models = tempfile.mkdtemp(prefix="eolatent-test-models-")
        os.environ["EOLATENT_MODELS_DIR"] = config._eolatent_models


def pytest_sessionfinish(session, exitstatus):
    session.config._eolatent_exitstatus = int(exitstatus)
    import shutil

    for folder in (getattr(session.config, "_eolatent_cache", None), getattr(session.config, "_eolatent_models", None)):
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the test process once pytest has reported, skipping the interpreter's finalisation.

    pytest-qgis has already shut QGIS down; Python's finalisation then destroys the remaining wrappers
    of QGIS/OGR objects (vector layers handed to failing Processing runs) after their libraries are
    gone, which segfaults at exit in QGIS 3.22 although every test passed. The exit status is pytest's."""
    import sys

    status = getattr(config, "_eolatent_exitstatus", None)
    if status is None:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
