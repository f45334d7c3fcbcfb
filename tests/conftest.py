# SPDX-License-Identifier: GPL-3.0-or-later
import os

import pytest

DATA = os.path.join(os.path.dirname(__file__), "data")
SLOVENIA = os.path.join(DATA, "slovenia")


@pytest.fixture(scope="session")
def slovenia_tif():
    return os.path.join(SLOVENIA, "S2L1C_TOA_13band_2015-07-11.tif")


_KEEP = []  # the registry does not own the Python wrapper: keep it alive for the whole session


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
