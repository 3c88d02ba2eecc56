"""The launcher paints the main window before the database, then shows the data."""

from __future__ import annotations

import os
import subprocess
import sys

from tracker.store.sqlite_file import wal_file
from tracker.ui import app, startup
from tracker.ui.main_window import MainWindow
from tracker.ui.record_tabs import EDITABLE_KINDS

from .test_startup import _foreign_wal

PROBE = """
import os, sys
from tracker.cli import main
code = main(["--db", sys.argv[1]])
heavy = sorted(m for m in ("pandas", "sqlalchemy", "pyqtgraph", "alembic") if m in sys.modules)
print(code, ",".join(heavy) or "-")
"""


def _launch(db, **env) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return out.stdout.split()


def test_the_first_paint_comes_before_the_heavy_imports_and_the_data_follows(seeded_path):
    assert _launch(seeded_path, TRACKER_EXIT_AFTER_FIRST_PAINT="1") == ["0", "-"]
    # The tables are filled before pandas, SQLAlchemy (the first page, read with sqlite3:
    # tests/ui/test_first_page.py) and pyqtgraph are imported; the timeline follows.
    assert _launch(seeded_path, TRACKER_EXIT_AFTER_DATA="1") == ["0", "-"]
    code, heavy = _launch(seeded_path, TRACKER_EXIT_AFTER_DATA="timeline")
    assert code == "0" and {"pandas", "sqlalchemy", "pyqtgraph"} <= set(heavy.split(","))


def test_the_launcher_window_says_loading_then_shows_the_store(qtbot, store):
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert "Loading" in window.windowTitle()
    assert window.count_label.text() == "Loading the database…"
    assert all(m.rowCount() == 0 and m.total_rows() == 0 for m in window.models.values())
    assert not window.actions_["import"].isEnabled()
    assert window.selected_ids("deliveries") == []
    assert not window.map_panel.map_view.built  # no world map traced before the data
    with qtbot.waitSignal(window.data_shown):
        window.show_store(store)
    assert window.models["deliveries"].rowCount() > 0
    assert store.display_name in window.windowTitle()
    # The tab on screen and the kinds the status bar counts are filled first...
    first = {window.current_kind(), *EDITABLE_KINDS}
    assert all(window.models[k].total_rows() > 0 for k in first)
    assert "0 of 0" not in window.count_label.text()
    with qtbot.waitSignal(window.timeline_shown):
        pass  # drawn in the next turn of the event loop
    # ... the other tabs in the next turn, before the chart.
    assert all(m.total_rows() > 0 for m in window.models.values())
    from tracker.timeline.widget import TimelineWidget

    assert isinstance(window.timeline, TimelineWidget)  # the chart, not its empty state
    assert window.centre.widget(0) is window.timeline
    assert window.timeline.chart is not None
    assert window.map_panel.map_view.built and window.map_panel.map_view.countries
    assert window.actions_["import"].isEnabled()
    window.close()


def test_the_tabs_filled_later_share_the_reconciliation_of_the_tab_on_screen(
    qtbot, store, monkeypatch
):
    import sys

    from tracker.store import reconcile as rec

    made = []  # who asked (the chart makes its own, of the checkpoints in its scope)
    real = rec.reconcile

    def spy(*args, **kwargs):
        made.append(sys._getframe(1).f_code.co_name)
        return real(*args, **kwargs)

    monkeypatch.setattr(rec, "reconcile", spy)
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("promises")
    before_chart = []
    draw = window._show_timeline
    window._show_timeline = lambda: before_chart.extend(made) or draw()  # type: ignore[method-assign]
    with qtbot.waitSignals([window.data_shown, window.timeline_shown], order="strict"):
        window.show_store(store)
    assert window.models["promises"].total_rows() > 0
    assert window.models["checkpoints"].total_rows() > 0
    # Promises on screen, Checkpoints filled a turn later: one reconciliation for both
    # (the chart's date cursor may then ask for balances as of its day).
    assert before_chart == ["_reconciled"]
    window.close()


def test_a_damaged_file_at_launch_goes_to_the_recovery_dialog_untouched(
    seeded_path, tmp_path, monkeypatch
):
    _foreign_wal(seeded_path, tmp_path)
    before = seeded_path.read_bytes(), wal_file(seeded_path).read_bytes()
    asked = []
    monkeypatch.setattr(startup, "open_at_start", lambda db, empty=False: asked.append(db))
    assert app._open_store(str(seeded_path), empty=False) is None
    assert asked == [str(seeded_path)]
    assert (seeded_path.read_bytes(), wal_file(seeded_path).read_bytes()) == before


def test_no_private_api_of_pyside_or_any_library_is_patched():
    """Start-up speed is won with lazy imports and a later timeline, never by replacing a
    library's private hooks (PySide6's ``shibokensupport`` source scan was one)."""
    from pathlib import Path

    import tracker

    root = Path(tracker.__file__).parent
    sources = {p: p.read_text(encoding="utf-8") for p in root.rglob("*.py")}
    assert len(sources) > 50
    offenders = sorted(str(p.relative_to(root)) for p, text in sources.items()
                       if "shibokensupport" in text or "_mod_uses_pyside" in text)  # fmt: skip
    assert offenders == []


def test_the_filter_panels_vaccine_list_is_filled_when_first_needed(qtbot):
    from tracker.domain.vaccines import vaccines
    from tracker.ui.filter_panel import FilterPanel

    panel = FilterPanel()
    qtbot.addWidget(panel)
    assert panel.vaccine.code() is None
    code = next(iter(vaccines())).code
    panel.vaccine.set_code(code)
    assert panel.vaccine.count() == len(list(vaccines()))
    assert panel.vaccine.code() == code and panel.filters().vaccines == (code,)
    panel.vaccine.set_code(None)
    assert panel.vaccine.code() is None and panel.vaccine.currentText() == ""


def test_columns_are_fitted_for_the_tab_on_screen_and_each_other_tab_when_first_shown(qtbot, store):
    from PySide6.QtCore import Qt

    from tracker.ui import settings as keys

    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.data_shown):
        window.show_store(store)
    shown = window.current_kind()
    other = next(k for k in ("deliveries", "events") if k != shown)
    view = window.views[other]
    before = [view.columnWidth(c) for c in range(view.model().columnCount())]
    assert other in window._unsized and shown not in window._unsized
    window.save_state()  # a tab never shown keeps no widths
    assert window.settings.bytes(keys.HEADERS.format(kind=other)) is None
    assert window.settings.bytes(keys.HEADERS.format(kind=shown)) is not None
    bar = window.tabs.tabBar()
    for _ in range(window.tabs.count()):
        if window.current_kind() == other:
            break
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert window.current_kind() == other
    after = [view.columnWidth(c) for c in range(view.model().columnCount())]
    assert other not in window._unsized and after != before
    window.close()
