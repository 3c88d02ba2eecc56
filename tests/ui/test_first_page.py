"""The first page at start-up (read with plain sqlite3) shows what the store shows."""

from __future__ import annotations

import math
import os
import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt

from tests.store.test_first_page import edited  # noqa: F401  (fixture)
from tracker.io.seed import open_database
from tracker.store.first_page import read_first_page
from tracker.ui.first_page import fill_first_page
from tracker.ui.main_window import MainWindow
from tracker.ui.record_tabs import EDITABLE_KINDS
from tracker.ui.table_models import ANSWERED_ROLES

ROLES = ANSWERED_ROLES  # every role the model answers


def _same(value):
    """NaN (pandas' missing number) as None; numpy scalars as Python numbers."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _table(model) -> list:
    """Every cell of ``model`` in every role a view or the window reads, and its flags."""
    return [
        [
            (
                *(_same(model.index(r, c).data(role)) for role in ROLES),
                model.flags(model.index(r, c)),
            )
            for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    ]


def _screen(window: MainWindow, kinds) -> dict:
    shown = {k: _table(window.models[k]) for k in kinds}
    shown["totals"] = [window.models[k].total_rows() for k in kinds]
    shown["status"] = [w.text() for w in (window.count_label, window.db_label, window.as_of_label)]
    shown["title"] = window.windowTitle()
    return shown


def _launcher(qtbot, tab: str) -> MainWindow:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show_tab(tab)
    window.show()
    return window


def test_the_first_page_shows_exactly_what_the_store_shows(qtbot, edited):  # noqa: F811
    for tab in ("promises", "checkpoints", "deliveries"):
        kinds = list(dict.fromkeys((tab, *EDITABLE_KINDS)))
        early = _launcher(qtbot, tab)
        assert fill_first_page(early, read_first_page(str(edited)))
        assert "Loading" not in early.windowTitle()
        normal = _launcher(qtbot, tab)
        store = open_database(str(edited))
        try:
            with qtbot.waitSignal(normal.data_shown):
                normal.show_store(store)
            expected = _screen(normal, kinds)
            assert all(expected["totals"])
            assert _screen(early, kinds) == expected
            # Sorted by any column, the rows come in the same order.
            for kind in kinds:
                a, b = early.models[kind], normal.models[kind]
                for column in range(a.columnCount()):
                    for order in Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder:
                        a.sort(column, order)
                        b.sort(column, order)
                        assert a.visible_ids() == b.visible_ids(), (kind, column)
            # Then the store takes over the early window, and it shows the same.
            with qtbot.waitSignal(early.data_shown):
                early.show_store(store)
            assert early.first_page is None
            assert _screen(early, kinds)["status"] == expected["status"]
            for window in early, normal:
                qtbot.waitUntil(window._timeline_drawn)
        finally:
            early.close()
            normal.close()
            store.close()


def test_restored_filters_or_other_tabs_wait_for_the_store(qtbot, seeded_path):
    page = read_first_page(str(seeded_path))
    window = _launcher(qtbot, "sources")
    assert not fill_first_page(window, page)
    assert "Loading" in window.windowTitle()
    window.show_tab("deliveries")
    window.filter_panel.set_filters(window.filter_panel.filters().__class__(donors=("USA",)))
    window.apply_filters(window.filter_panel.filters())
    assert not fill_first_page(window, page)
    assert all(m.total_rows() == 0 for m in window.models.values())
    window.close()


PROBE = """
import sys
from tracker.cli import main
code = main(["--db", sys.argv[1]])
heavy = sorted(m for m in ("pandas", "sqlalchemy", "pyqtgraph", "alembic") if m in sys.modules)
print(code, ",".join(heavy) or "-")
"""


def _launch(db) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRACKER_EXIT_AFTER_DATA": "data"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(db)], env=env, capture_output=True,
                         text=True, check=True, timeout=300)  # fmt: skip
    return out.stdout.split()


def test_the_launcher_shows_the_data_before_sqlalchemy_and_pandas_load(seeded_path):
    assert _launch(seeded_path) == ["0", "-"]
    # A file the store must update (an actor missing) goes the normal way.
    with sqlite3.connect(seeded_path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM actors WHERE code = 'NAM'")
    conn.close()
    code, heavy = _launch(seeded_path)
    assert code == "0" and {"pandas", "sqlalchemy"} <= set(heavy.split(","))
