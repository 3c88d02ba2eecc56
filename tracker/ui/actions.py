"""Menus and actions of the main window, each with a standard shortcut."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
    bar = window.menuBar()
    acts: dict[str, QAction] = {}

    file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))

    def new_database() -> None:
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("Actions", "New database"),
            "tracker.sqlite",
            QCoreApplication.translate("Actions", "Tracker databases (*.sqlite)"),
        )
        if path:
            open_url_in(window, path)

    def open_database() -> None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Actions", "Open database"),
            "",
            QCoreApplication.translate(
                "Actions", "Tracker databases (*.sqlite *.db);;All files (*)"
            ),
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
            QCoreApplication.translate("Actions", "Back up database"),
            "tracker-backup.sqlite",
            QCoreApplication.translate("Actions", "Tracker databases (*.sqlite)"),
        )
        if path:
            try:
                out = do_backup(window.store, Path(path))
            except TrackerError as exc:
                messages.show_exception(window, exc)
                return
            window.statusBar().showMessage(
                QCoreApplication.translate("Actions", "Backed up to {0}").format(out), 5000
            )

    acts["new_db"] = _action(
        window,
        QCoreApplication.translate("Actions", "&New database…"),
        new_database,
        "Ctrl+Shift+N",
        file_menu,
    )
    acts["open_db"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Open database…"),
        open_database,
        QKeySequence.StandardKey.Open,
        file_menu,
    )
    acts["open_bundled"] = _action(
        window,
        QCoreApplication.translate("Actions", "Open &bundled dataset (read-only)"),
        open_bundled,
        None,
        file_menu,
    )
    recent_menu = file_menu.addMenu(QCoreApplication.translate("Actions", "&Recent databases"))

    def fill_recent() -> None:
        recent_menu.clear()
        for url in window.settings.recent():
            recent_menu.addAction(url, lambda u=url: open_url_in(window, u))
        recent_menu.setEnabled(bool(window.settings.recent()))

    recent_menu.aboutToShow.connect(fill_recent)

    def export_report() -> None:
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("Actions", "Export report"),
            "report.pdf",
            QCoreApplication.translate("Actions", "PDF documents (*.pdf)"),
        )
        if not path:
            return
        from tracker.timeline.report import write_report

        try:
            out = write_report(window.store, Path(path), window.filters)
        except TrackerError as exc:
            messages.show_exception(window, exc)
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("Actions", "Report written to {0}").format(out), 5000
        )

    file_menu.addSeparator()
    acts["report"] = _action(
        window,
        QCoreApplication.translate("Actions", "Export &report…"),
        export_report,
        None,
        file_menu,
    )
    file_menu.addSeparator()
    acts["backup"] = _action(
        window, QCoreApplication.translate("Actions", "&Back up…"), backup, None, file_menu
    )
    file_menu.addSeparator()
    acts["quit"] = _action(
        window, QCoreApplication.translate("Actions", "&Quit"), window.close, "Ctrl+Q", file_menu
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    undo = window.undo_stack.createUndoAction(
        window, QCoreApplication.translate("Actions", "&Undo")
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(
        window, QCoreApplication.translate("Actions", "&Redo")
    )
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    acts["undo"], acts["redo"] = undo, redo
    edit_menu.addSeparator()
    ed = window.editor
    acts["new"] = _action(
        window,
        QCoreApplication.translate("Actions", "&New record"),
        lambda: ed.new_record(),
        QKeySequence.StandardKey.New,
        edit_menu,
    )
    acts["edit"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Edit record…"),
        lambda: ed.edit_record(),
        None,
        edit_menu,
    )
    # Enter in a table opens the form through the view's activated(); F2 edits in place.
    acts["edit"].setShortcut(QKeySequence("Ctrl+E"))
    acts["revise"] = _action(
        window,
        QCoreApplication.translate("Actions", "Re&vise commitment…"),
        lambda: ed.revise_commitment(),
        "Ctrl+R",
        edit_menu,
    )
    acts["delete"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Delete record"),
        lambda: ed.delete_selected(),
        QKeySequence.StandardKey.Delete,
        edit_menu,
    )
    acts["links"] = _action(
        window,
        QCoreApplication.translate("Actions", "Suggest &links to commitments…"),
        lambda: ed.suggest_links(),
        None,
        edit_menu,
    )
    acts["show_deliveries"] = _action(
        window,
        QCoreApplication.translate("Actions", "Show &deliveries of this commitment"),
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
        window,
        QCoreApplication.translate("Actions", "&Find…"),
        focus_search,
        QKeySequence.StandardKey.Find,
        edit_menu,
    )
    # Enter edits only where a table has focus, not inside the filter panel's inputs.
    for key in ("edit", "delete"):
        acts[key].setShortcutContext(acts[key].shortcutContext().WidgetWithChildrenShortcut)
        window.tabs.addAction(acts[key])

    view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    view_menu.addAction(window.filter_dock.toggleViewAction())
    view_menu.addAction(window.quality_dock.toggleViewAction())

    def show_fulfilment() -> None:
        from tracker.ui.fulfilment_dialog import FulfilmentDialog

        dialog = FulfilmentDialog(window.store, window.filters, window)
        window.editor.open_forms.append(dialog)
        dialog.show()

    acts["fulfilment"] = _action(
        window,
        QCoreApplication.translate("Actions", "F&ulfilment and lead times…"),
        show_fulfilment,
        None,
        view_menu,
    )
    if hasattr(window.timeline, "fit_all"):
        acts["fit"] = _action(
            window,
            QCoreApplication.translate("Actions", "&Fit all"),
            window.timeline.fit_all,
            "Ctrl+0",
            view_menu,
        )

    from PySide6.QtGui import QActionGroup

    from tracker.ui import i18n
    from tracker.ui import settings as keys

    language_menu = view_menu.addMenu(QCoreApplication.translate("Actions", "&Language"))
    group = QActionGroup(window)
    current = window.settings.text(keys.LANGUAGE, "system") or "system"
    for code, name in (
        ("system", QCoreApplication.translate("Actions", "System language")),
        *i18n.LANGUAGES.items(),
    ):
        action = language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: window.switch_language(c))
        acts[f"language_{code}"] = action

    from tracker.ui import theme

    theme_menu = view_menu.addMenu(QCoreApplication.translate("Actions", "&Theme"))
    theme_group = QActionGroup(window)
    current_theme = window.settings.text(keys.THEME, "system") or "system"
    theme_names = {
        "system": QCoreApplication.translate("Actions", "Follow the system"),
        "light": QCoreApplication.translate("Actions", "Light"),
        "dark": QCoreApplication.translate("Actions", "Dark"),
    }
    for code in theme.THEMES:
        action = theme_menu.addAction(theme_names[code])
        action.setCheckable(True)
        action.setChecked(code == current_theme)
        theme_group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: window.set_theme(c))
        acts[f"theme_{code}"] = action

    toolbar = window.addToolBar(QCoreApplication.translate("Actions", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    for key in (
        "new",
        "edit",
        "delete",
        None,
        "undo",
        "redo",
        None,
        "revise",
        "links",
        None,
        "find",
        "report",
    ):
        if key is None:
            toolbar.addSeparator()
        elif key in acts:
            toolbar.addAction(acts[key])
    window.toolbar = toolbar
    apply_icons(window, acts)

    help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    acts["about"] = _action(
        window,
        QCoreApplication.translate("Actions", "&About"),
        lambda: show_about(window),
        None,
        help_menu,
    )
    return acts


ICONS = {
    "new": "add",
    "edit": "edit",
    "delete": "delete",
    "undo": "undo",
    "redo": "redo",
    "revise": "revise",
    "links": "link",
    "find": "search",
    "report": "report",
    "fit": "fit",
}


def apply_icons(window, acts: dict[str, QAction]) -> None:
    """(Re)draw the icons in the palette's colours; called again when the theme changes."""
    from tracker.ui.icons import icon

    for key, name in ICONS.items():
        if key in acts:
            acts[key].setIcon(icon(name))


def show_about(window) -> None:
    import pyqtgraph
    import PySide6
    from PySide6.QtCore import qVersion

    from tracker import APP_NAME, __version__

    messages.info(
        window,
        QCoreApplication.translate("Actions", "About"),
        QCoreApplication.translate(
            "Actions", "{0} {1}\nQt {2}, PySide6 {3}, pyqtgraph {4}\nDatabase: {5} ({6})"
        ).format(
            APP_NAME,
            __version__,
            qVersion(),
            PySide6.__version__,
            pyqtgraph.__version__,
            window.store.describe(),
            window.store.engine.dialect.name,
        ),
    )
