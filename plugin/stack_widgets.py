# SPDX-License-Identifier: GPL-3.0-or-later
"""Parts of the stack dock (plugin/stack_dock.py): the folder list, a Processing extent value, the band check-box
list and the background scan of the product folders."""
from __future__ import annotations

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QListView, QListWidget, QSizePolicy

from .i18n import tr


def split_folders(text: str):
    return [p.strip() for p in (text or "").split(";") if p.strip()]


def extent_text(rect, crs) -> str:
    """A Processing extent value: "xmin,xmax,ymin,ymax [EPSG:…]"."""
    return "{},{},{},{} [{}]".format(repr(rect.xMinimum()), repr(rect.xMaximum()), repr(rect.yMinimum()),
                                     repr(rect.yMaximum()), crs.authid())


class BandList(QListWidget):
    """Check-box items laid out left to right in equal cells, wrapped to the list's width and exactly as tall
    as their rows: every band is visible, with no scroll bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.Adjust)  # lay the items out again when the dock is resized
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def fit(self):
        """Cells as large as the largest item; the height of as many rows as the width needs."""
        n = self.count()
        if not n:
            return
        hints = [self.sizeHintForIndex(self.model().index(i, 0)) for i in range(n)]
        cell = QSize(max(h.width() for h in hints) + 6, max(h.height() for h in hints) + 2)
        if self.gridSize() != cell:
            self.setGridSize(cell)
        per_row = max(1, self.viewport().width() // cell.width())
        rows = -(-n // per_row)
        height = rows * cell.height() + 2 * self.frameWidth() + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        cell = self.gridSize()
        return QSize(cell.width() + 2 * self.frameWidth() if cell.isValid() else 60, self.height())

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()


class ScanTask(QgsTask):
    def __init__(self, s2_folders, s1_folders, on_done):
        super().__init__(tr("EO Latent: scanning product folders"), QgsTask.CanCancel)
        self.s2, self.s1, self.on_done = s2_folders, s1_folders, on_done
        self.products, self.skipped, self.error = [], [], ""

    def run(self):
        from ..core.inputs.stackbuild.products import scan_products

        try:
            self.products, self.skipped = scan_products(self.s2, self.s1)
        except Exception as exc:  # noqa: BLE001 - the builder's message, shown in the message bar
            self.error = str(exc)
            return False
        return not self.isCanceled()

    def finished(self, ok):
        self.on_done(ok, self)
