"""Menus and actions of the main window, each with a standard shortcut."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from tracker.domain.errors import TrackerError
from tracker.ui import messages


def _action(window, text: str, slot, shortcut=None, menu: QMenu | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    if menu is not None:
        menu.addAction(action)
    return action


def open_url_in(window, url: str, *, read_only: bool = False, empty: bool = False) -> bool:
    from tracker.io.seed import open_database

    try:
        store = open_database(url, empty=empty, read_only=read_only)
    except TrackerError as exc:
        messages.show_exception(window, exc)
        return False
    window.switch_store(store)
    return True


def install_actions(window) -> dict[str, QAction]:
    tr = window.tr
    bar = window.menuBar()
    acts: dict[str, QAction] = {}

    file_menu = bar.addMenu(tr("&File"))

    def new_database() -> None:
        path, _ = QFileDialog.getSaveFileName(
            window, tr("New database"), "tracker.sqlite", tr("Tracker databases (*.sqlite)")
        )
        if path:
            open_url_in(window, path)

    def open_database() -> None:
        path, _ = QFileDialog.getOpenFileName(
            window, tr("Open database"), "", tr("Tracker databases (*.sqlite *.db);;All files (*)")
        )
        if path:
            open_url_in(window, path)

    def open_bundled() -> None:
        from tracker.io.seed import open_database as open_db

        folder = Path(tempfile.mkdtemp(prefix="tracker-review-"))
        try:
            open_db(str(folder / "bundled-review.sqlite")).close()
        except TrackerError as exc:
            messages.show_exception(window, exc)
            return
        open_url_in(window, str(folder / "bundled-review.sqlite"), read_only=True)

    def backup() -> None:
        from tracker.store.maintenance import backup as do_backup

        path, _ = QFileDialog.getSaveFileName(
            window,
            tr("Back up database"),
            "tracker-backup.sqlite",
            tr("Tracker databases (*.sqlite)"),
        )
        if path:
            try:
                out = do_backup(window.store, Path(path))
            except TrackerError as exc:
                messages.show_exception(window, exc)
                return
            window.statusBar().showMessage(tr("Backed up to {0}").format(out), 5000)

    acts["new_db"] = _action(window, tr("&New database…"), new_database, "Ctrl+Shift+N", file_menu)
    acts["open_db"] = _action(
        window, tr("&Open database…"), open_database, QKeySequence.StandardKey.Open, file_menu
    )
    acts["open_bundled"] = _action(
        window, tr("Open &bundled dataset (read-only)"), open_bundled, None, file_menu
    )
    recent_menu = file_menu.addMenu(tr("&Recent databases"))

    def fill_recent() -> None:
        recent_menu.clear()
        for url in window.settings.recent():
            recent_menu.addAction(url, lambda u=url: open_url_in(window, u))
        recent_menu.setEnabled(bool(window.settings.recent()))

    recent_menu.aboutToShow.connect(fill_recent)
    file_menu.addSeparator()
    acts["backup"] = _action(window, tr("&Back up…"), backup, None, file_menu)
    file_menu.addSeparator()
    acts["quit"] = _action(window, tr("&Quit"), window.close, "Ctrl+Q", file_menu)

    edit_menu = bar.addMenu(tr("&Edit"))
    undo = window.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    acts["undo"], acts["redo"] = undo, redo
    edit_menu.addSeparator()
    ed = window.editor
    acts["new"] = _action(
        window, tr("&New record"), lambda: ed.new_record(), QKeySequence.StandardKey.New, edit_menu
    )
    acts["edit"] = _action(window, tr("&Edit record…"), lambda: ed.edit_record(), None, edit_menu)
    # Enter in a table opens the form through the view's activated(); F2 edits in place.
    acts["edit"].setShortcut(QKeySequence("Ctrl+E"))
    acts["revise"] = _action(
        window, tr("Re&vise commitment…"), lambda: ed.revise_commitment(), "Ctrl+R", edit_menu
    )
    acts["delete"] = _action(
        window,
        tr("&Delete record"),
        lambda: ed.delete_selected(),
        QKeySequence.StandardKey.Delete,
        edit_menu,
    )
    acts["links"] = _action(
        window, tr("Suggest &links to commitments…"), lambda: ed.suggest_links(), None, edit_menu
    )
    acts["show_deliveries"] = _action(
        window,
        tr("Show &deliveries of this commitment"),
        lambda: ed.show_deliveries_of_commitment(),
        "Ctrl+D",
        edit_menu,
    )
    edit_menu.addSeparator()

    def focus_search() -> None:
        window.filter_dock.show()
        window.filter_panel.search.setFocus()
        window.filter_panel.search.selectAll()

    acts["find"] = _action(
        window, tr("&Find…"), focus_search, QKeySequence.StandardKey.Find, edit_menu
    )
    # Enter edits only where a table has focus, not inside the filter panel's inputs.
    for key in ("edit", "delete"):
        acts[key].setShortcutContext(acts[key].shortcutContext().WidgetWithChildrenShortcut)
        window.tabs.addAction(acts[key])

    view_menu = bar.addMenu(tr("&View"))
    view_menu.addAction(window.filter_dock.toggleViewAction())
    if hasattr(window.timeline, "fit_all"):
        acts["fit"] = _action(window, tr("&Fit all"), window.timeline.fit_all, "Ctrl+0", view_menu)

    help_menu = bar.addMenu(tr("&Help"))
    acts["about"] = _action(window, tr("&About"), lambda: show_about(window), None, help_menu)
    return acts


def show_about(window) -> None:
    import pyqtgraph
    import PySide6
    from PySide6.QtCore import qVersion

    from tracker import APP_NAME, __version__

    messages.info(
        window,
        window.tr("About"),
        window.tr("{0} {1}\nQt {2}, PySide6 {3}, pyqtgraph {4}\nDatabase: {5} ({6})").format(
            APP_NAME,
            __version__,
            qVersion(),
            PySide6.__version__,
            pyqtgraph.__version__,
            window.store.describe(),
            window.store.engine.dialect.name,
        ),
    )
