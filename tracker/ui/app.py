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
    from tracker.domain.errors import TrackerError
    from tracker.io.seed import open_database

    # The database (SQLAlchemy, pandas) is opened before PySide6 is imported: PySide6's
    # import hook inspects every module imported after it, which costs ~0.4 s at start.
    try:
        store = open_database(db, empty=empty)
        import pandas  # noqa: F401  (the tables need it; import it before the hook too)

        from tracker.store import frames, queries  # noqa: F401
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
    from tracker.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if os.environ.get("TRACKER_EXIT_AFTER_FIRST_PAINT"):  # used by bench B5 (cold start)
        window.repaint()
        store.close()
        return 0
    if not store.read_only:
        window.settings.add_recent(store.url)
    code = app.exec()
    store.close()
    return code
