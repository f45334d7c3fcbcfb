# SPDX-License-Identifier: GPL-3.0-or-later
"""EO Latent QGIS plugin. Only classFactory lives here; qgis is imported lazily."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin.plugin import EOLatentPlugin

    return EOLatentPlugin(iface)
