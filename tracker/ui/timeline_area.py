"""The centre of the window: the timeline chart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


def make_timeline_area(window) -> QWidget:
    label = QLabel(QCoreApplication.translate("TimelineArea", "Timeline"), window)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumHeight(200)
    return label
