"""A chart a test drops while it is on screen is not freed in the middle of a paint.

pyqtgraph's widgets live in reference cycles and pytest-qt holds widgets weakly, so a
shown chart becomes garbage when its test lets go of it. Collected during Qt's event
processing, it was deleted inside its own paint or event handler: a segmentation fault
that ended about one full run in three. ``tests/conftest.py`` holds collection off while
a qtbot test runs; this test collects as often as Python allows while dropped charts are
repainted, and crashes the run without that guard.
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from tests.factories import shown_timeline
from tracker.domain.filters import Filters


def test_a_dropped_chart_on_screen_survives_the_event_loop(qtbot, store):
    threshold = gc.get_threshold()
    for _ in range(3):
        w = shown_timeline(qtbot, store, Filters())
        w.chart.viewport().update()
        del w
        gc.set_threshold(1, 1, 1)  # a collection at almost every allocation
        try:
            for _ in range(20):
                QApplication.processEvents()
        finally:
            gc.set_threshold(*threshold)
    assert not gc.isenabled()  # the guard is on for the whole test
