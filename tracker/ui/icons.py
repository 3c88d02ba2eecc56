"""Icons: the SVGs in resources/icons, recoloured to the palette's text colour.

Drawn once per (name, colour), so they follow the light or dark theme.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from tracker.io.paths import resources_dir


def icon_path(name: str):
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def _render(name: str, colour: str, size: int) -> QPixmap:
    svg = icon_path(name).read_text(encoding="utf-8").replace("#000000", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(name: str) -> QIcon:
    """The named icon in the current palette's text colour (so dark mode gets light icons)."""
    colour = QApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(_render(name, colour, size))
    return result
