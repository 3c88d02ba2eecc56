"""The launcher paints the main window before the database, then shows the data."""

from __future__ import annotations

import os
import subprocess
import sys

from tracker.store.maintenance import wal_file
from tracker.ui import app, startup
from tracker.ui.main_window import MainWindow

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
    code, heavy = _launch(seeded_path, TRACKER_EXIT_AFTER_DATA="1")
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
    with qtbot.waitSignal(window.data_shown):
        window.show_store(store)
    assert window.models["deliveries"].rowCount() > 0
    assert hasattr(window.timeline, "refresh") and window.centre.widget(0) is window.timeline
    assert store.display_name in window.windowTitle()
    assert window.actions_["import"].isEnabled()
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


def test_the_pyside_source_scan_is_skipped_only_for_packages_that_never_use_it():
    import json
    import sys
    import types

    import tracker.ui.theme

    app._skip_pyside_source_scan(app.NO_PYSIDE)
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return  # a PySide6 without the hook: nothing to skip
    uses = feature._mod_uses_pyside
    assert uses.skips == app.NO_PYSIDE
    assert uses(json) is False and uses(types.ModuleType("pandas.core.frame")) is False
    assert uses(tracker.ui.theme) is True  # still read: it imports PySide6
    app._skip_pyside_source_scan(app.NO_PYSIDE)
    assert feature._mod_uses_pyside is uses  # not wrapped twice


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
