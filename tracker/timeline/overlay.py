"""The base of the lane drawings that follow the view rather than data: calendar grid,
period bands, event labels and point labels."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF

ViewRange = tuple[tuple[float, float], tuple[float, float]]


class ViewOverlay(pg.GraphicsObject):
    """A drawing over a lane's whole view: pyqtgraph's auto-range leaves it out (it is
    not data) and it covers what the view shows."""

    # -- Qt and pyqtgraph overrides -----------------------------------------------------
    def dataBounds(self, *_args) -> None:  # noqa: N802 (pyqtgraph): not data, no auto-range
        return None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        vb = self.getViewBox()
        return vb.viewRect() if vb is not None else QRectF()

    # -- our API ------------------------------------------------------------------------
    def view_range(self) -> ViewRange | None:
        """((x0, x1), (y0, y1)) of the view it is in, None before it is in one."""
        vb = self.getViewBox()
        if vb is None:
            return None
        (x0, x1), (y0, y1) = vb.viewRange()
        return (float(x0), float(x1)), (float(y0), float(y1))
