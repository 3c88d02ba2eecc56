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
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from tracker import APP_NAME
    from tracker.domain.errors import DatabaseError, TrackerError
    from tracker.io.seed import open_database
    from tracker.store.database import default_database_url, normalise_url, sqlite_path
    from tracker.store.maintenance import BIG_FILE_BYTES

    # The database (SQLAlchemy, pandas) is opened before PySide6 is imported: PySide6's
    # import hook inspects every module imported after it, which costs ~0.4 s at start.
    # A big file is checked once Qt is up, in a worker thread behind a busy dialog; a
    # damaged one gets a dialog offering a read-only copy or the latest backup.
    path = sqlite_path(normalise_url(db or default_database_url()))
    big = path is not None and path.is_file() and path.stat().st_size >= BIG_FILE_BYTES
    store = None
    try:
        if not big:
            store = open_database(db, empty=empty)
        import pandas  # noqa: F401  (the tables need it; import it before the hook too)

        from tracker.store import frames, queries  # noqa: F401
    except DatabaseError:
        store = None  # damaged or unreachable: explained in a dialog once Qt is up
    except TrackerError as exc:
        print(f"vaccine-tracker: cannot open the database: {exc}", file=sys.stderr)
        return 3
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("VaccineDiplomacyTracker")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    sys.excepthook = _excepthook
    from tracker.ui import i18n
    from tracker.ui import settings as keys
    from tracker.ui.settings import Settings

    i18n.install(i18n.resolve(Settings().text(keys.LANGUAGE, "system") or "system"), app)
    from tracker.ui import theme

    theme.apply(Settings().text(keys.THEME, "system") or "system", app)
    if store is None:
        from tracker.ui.startup import open_at_start

        store = open_at_start(db, empty=empty)
        if store is None:
            print("vaccine-tracker: the database was not opened", file=sys.stderr)
            return 3
    from tracker.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if os.environ.get("TRACKER_EXIT_AFTER_FIRST_PAINT"):  # used by bench B5 (cold start)
        window.repaint()
        store.close()
        return 0
    if not store.read_only:
        window.settings.add_recent(store.url)
    from PySide6.QtCore import QTimer

    from tracker.ui.startup import back_up_daily

    QTimer.singleShot(0, lambda: back_up_daily(window))  # once a day, after the first paint
    code = app.exec()
    store.close()
    return code
