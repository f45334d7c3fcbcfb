# SPDX-License-Identifier: GPL-3.0-or-later
"""Enable the eolatent plugin in a QGIS profile (QGIS 3.22 has no `qgis_process plugins enable`)."""
import os
import sys

from qgis.PyQt.QtCore import QSettings

profile = sys.argv[1]
ini = os.path.join(profile, "QGIS", "QGIS3.ini")
os.makedirs(os.path.dirname(ini), exist_ok=True)
settings = QSettings(ini, QSettings.IniFormat)
settings.setValue("PythonPlugins/eolatent", True)
settings.sync()
print(f"enabled eolatent in {ini}")
