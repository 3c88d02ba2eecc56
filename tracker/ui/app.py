"""Starting the GUI: application names, excepthook, the database, the main window."""

from __future__ import annotations

import os
import sys


def _excepthook(exc_type, exc, tb) -> None:
    import traceback

    from tracker.ui import messages

    traceback.print_exception(exc_type, exc, tb)
    try:
        messages.show_exception(None, exc)
    except Exception:  # never let the hook itself crash the app
        pass


def run(db: str | None = None, *, empty: bool = False) -> int:
    """Paint the window first, then open the database and show its data.

    The main window (title, menus, filter panel, empty tables, status bar saying
    "Loading the database…") is shown and painted before SQLAlchemy, pandas and
    pyqtgraph are imported; then, for a healthy up-to-date SQLite file, the tab on screen
    and the counted kinds read with plain ``sqlite3``; the database is opened and the
    tables filled (again) right after,
    and the timeline (pyqtgraph) is drawn in the next turn of the event loop. A damaged
    database is still never written to: it is detected when opened and explained in a
    dialog, as before.
    """
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    from tracker import APP_NAME

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("VaccineDiplomacyTracker")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    sys.excepthook = _excepthook
    from tracker.ui import i18n
    from tracker.ui import settings as keys
    from tracker.ui.settings import Settings

    settings = Settings()
    i18n.install(i18n.resolve(settings.text(keys.LANGUAGE, "system") or "system"), app)
    from tracker.ui import theme

    theme.apply(settings.text(keys.THEME, "system") or "system", app)
    from tracker.ui.main_window import MainWindow

    window = MainWindow(None, settings)
    window.show()
    window.repaint()
    if os.environ.get("TRACKER_EXIT_AFTER_FIRST_PAINT"):  # bench B5: the first paint
        return 0
    app.processEvents()  # let the window system show what was painted
    from tracker.ui.first_page import show_first_page

    shown = show_first_page(window, db)
    if shown and os.environ.get("TRACKER_EXIT_AFTER_DATA", "timeline") != "timeline":
        return 0  # bench B5d: the data on screen (the first page, before the store opens)
    store = _open_store(db, empty=empty)
    if store is None:
        window.close()
        return 3
    window.show_store(store)
    if os.environ.get("TRACKER_EXIT_AFTER_DATA"):  # bench B5d: the data on screen
        window.repaint()
        if os.environ["TRACKER_EXIT_AFTER_DATA"] == "timeline":  # and the timeline drawn
            _wait_for(window.timeline_shown)  # the other tabs, then the chart: next turn
            window.repaint()
        store.close()
        return 0
    if not store.read_only:
        window.settings.add_recent(store.url)
    from PySide6.QtCore import QTimer

    from tracker.ui.startup import back_up_daily

    QTimer.singleShot(0, lambda: back_up_daily(window))  # once a day, after the data
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return code


def _wait_for(signal, timeout_ms: int = 60_000) -> None:
    """Run the event loop until ``signal`` is emitted (or ``timeout_ms`` passed)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _open_store(db: str | None, *, empty: bool):
    """The start-up database, or ``None`` (said on stderr) when it was not opened.

    A small file is opened directly; a big one is checked first in a worker thread
    behind a busy dialog; a damaged one gets a dialog offering a read-only copy or the
    latest backup (``startup.open_at_start``).
    """
    from tracker.domain.errors import DatabaseError, TrackerError
    from tracker.io.seed import open_database
    from tracker.store.database import default_database_url, normalise_url, sqlite_path
    from tracker.store.maintenance import BIG_FILE_BYTES

    path = sqlite_path(normalise_url(db or default_database_url()))
    big = path is not None and path.is_file() and path.stat().st_size >= BIG_FILE_BYTES
    if not big:
        try:
            return open_database(db, empty=empty)
        except DatabaseError:
            pass  # damaged or unreachable: checked and explained below
        except TrackerError as exc:
            print(f"vaccine-tracker: cannot open the database: {exc}", file=sys.stderr)
            return None
    from tracker.ui.startup import open_at_start

    store = open_at_start(db, empty=empty)
    if store is None:
        print("vaccine-tracker: the database was not opened", file=sys.stderr)
    return store
