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


def open_url_in(window, url: str, *, read_only: bool = False, empty: bool = False):
    """Open ``url`` in ``window``, checked first (a big file in a worker thread); a damaged
    file gets a dialog offering a read-only copy or the latest backup. Returns the opener."""
    from tracker.ui.startup import open_in_window

    return open_in_window(window, url, read_only=read_only, empty=empty)


def restore_from_backup(window, source: Path | None = None) -> bool:
    """Replace the open database with a backup (the current file is kept as one)."""
    from tracker.store.backups import backup_folder, restore

    store = window.store
    if store.path is None or store.read_only:
        messages.info(
            window,
            QCoreApplication.translate("Actions", "Restore"),
            QCoreApplication.translate(
                "Actions", "Only a database file of your own can be restored from a backup."
            ),
        )
        return False
    if source is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Actions", "Restore from backup"),
            str(backup_folder(store.path)),
            QCoreApplication.translate("Actions", "Tracker databases (*.sqlite)"),
        )
        if not path:
            return False
        source = Path(path)
    if not messages.confirm(
        window,
        QCoreApplication.translate("Actions", "Restore"),
        QCoreApplication.translate(
            "Actions", "Replace {0} with {1}? The current file is kept as a backup."
        ).format(store.path.name, source.name),
        QCoreApplication.translate("Actions", "Restore"),
    ):
        return False
    url = store.url
    store.close()  # no connection of ours may hold the file while it is replaced
    try:
        restore(url, source)
    except TrackerError as exc:
        messages.show_exception(window, exc)
        return False
    open_url_in(window, url)
    return True


def show_history(window):
    """The selected record's audit trail (who changed what, when)."""
    from tracker.ui.audit_dialog import AuditDialog

    kind = window.current_kind()
    ids = window.selected_ids(kind)
    kind = "commitments" if kind == "promises" else kind
    if kind not in ("commitments", "deliveries", "events", "tallies") or not ids:
        return None
    dialog = AuditDialog(window.store, kind, ids[0], window)
    dialog.show()
    return dialog


def export_audit_trail(window) -> None:
    from tracker.store.audit import export_audit_csv

    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Actions", "Export the audit trail"),
        "audit-trail.csv",
        QCoreApplication.translate("Actions", "CSV files (*.csv)"),
    )
    if not path:
        return
    try:
        n = export_audit_csv(window.store, Path(path))
    except (TrackerError, OSError) as exc:
        messages.show_exception(window, exc)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("Actions", "Wrote {0} audit-trail rows to {1}").format(n, path),
        5000,
    )


def import_data(window):
    """The import wizard; a finished import becomes one undo step."""
    import platformdirs

    from tracker import APP_NAME
    from tracker.io.importing import import_file
    from tracker.ui.import_wizard import ImportCommand, ImportWizard

    if window.store.read_only:
        return None
    profiles = platformdirs.user_config_path(APP_NAME, appauthor=False) / "import-profiles"
    wizard = ImportWizard(window.store, import_file, window, profiles_dir=profiles)

    def imported(report) -> None:
        window.reload_all()
        if report.undo is None:
            return
        text = QCoreApplication.translate("Actions", "Import {0}").format(report.path.name)
        window.undo_stack.push(
            ImportCommand(
                window.store,
                report.undo,
                text,
                lambda _kinds: window.reload_all(),
                lambda exc: messages.show_exception(window, exc),
            )
        )
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Actions", "Imported {0}: {1} new, {2} updated, {3} unchanged"
            ).format(report.path.name, report.new, report.updated, report.unchanged),
            8000,
        )

    wizard.imported.connect(imported)
    window.editor.open_forms.append(wizard)
    wizard.show()
    return wizard


def export_data(window):
    """Export the current table (as filtered) or everything, spreadsheet-safe."""
    from tracker.ui.export_data_dialog import ExportDataDialog

    kind = window.current_kind()
    kind = "commitments" if kind == "promises" else kind
    view_ids = {k: m.visible_ids() for k, m in window.models.items() if k != "promises"}
    dialog = ExportDataDialog(window.store, kind, view_ids, window)
    window.editor.open_forms.append(dialog)
    dialog.show()
    return dialog


def export_chart(window):
    """The chart export dialog (PNG, SVG, PDF; visible range or everything)."""
    from tracker.ui.export_dialog import ExportChartDialog
    from tracker.ui.timeline_area import current_lang

    visible = window.timeline.visible_range() if hasattr(window.timeline, "visible_range") else None
    dialog = ExportChartDialog(
        window.store, window.filters, visible, window.settings, window, lang=current_lang()
    )
    dialog.exported.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("Actions", "Chart written to {0}").format(path), 5000
        )
    )
    window.editor.open_forms.append(dialog)
    dialog.show()
    return dialog


def export_map(window, path: str | None = None):
    """The map as shown (date, measure, per 100, flows) to PNG, SVG or PDF."""
    from tracker.ui.map_tab import export_map as write

    return write(window, path)


def install_actions(window) -> dict[str, QAction]:
    bar = window.menuBar()
    acts: dict[str, QAction] = {}

    file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))

    def new_database() -> None:
        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("Actions", "New database"),
            str(Path(documents or Path.home()) / "tracker.sqlite"),
            QCoreApplication.translate("Actions", "Tracker databases (*.sqlite)"),
        )
        if not path:
            return
        pick = messages.choose(
            window,
            QCoreApplication.translate("Actions", "New database"),
            QCoreApplication.translate(
                "Actions",
                "Start {0} empty, or with the bundled datasets (commitments, deliveries, "
                "policy events and border encounters, 2020–2021)?",
            ).format(Path(path).name),
            [
                QCoreApplication.translate("Actions", "&Empty"),
                QCoreApplication.translate("Actions", "With the &bundled data"),
            ],
        )
        if pick is not None:
            open_url_in(window, path, empty=pick == 0)

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
        from tracker.store.database import describe_url

        for url in window.settings.recent():
            # Shown without its password (issue 18); the setting keeps it to reconnect.
            recent_menu.addAction(describe_url(url), lambda u=url: open_url_in(window, u))
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
    acts["import"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Import data…"),
        lambda: import_data(window),
        "Ctrl+I",
        file_menu,
    )
    acts["export_data"] = _action(
        window,
        QCoreApplication.translate("Actions", "E&xport data…"),
        lambda: export_data(window),
        "Ctrl+Shift+E",
        file_menu,
    )
    acts["export_chart"] = _action(
        window,
        QCoreApplication.translate("Actions", "Export &chart…"),
        lambda: export_chart(window),
        "Ctrl+Shift+P",
        file_menu,
    )
    acts["export_map"] = _action(
        window,
        QCoreApplication.translate("Actions", "Export &map…"),
        lambda: export_map(window),
        None,
        file_menu,
    )
    acts["import"].setEnabled(window.store is not None and not window.store.read_only)
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
    acts["restore"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Restore from backup…"),
        lambda: restore_from_backup(window),
        None,
        file_menu,
    )
    acts["export_audit"] = _action(
        window,
        QCoreApplication.translate("Actions", "Export the &audit trail…"),
        lambda: export_audit_trail(window),
        None,
        file_menu,
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
    acts["history"] = _action(
        window,
        QCoreApplication.translate("Actions", "Record &history…"),
        lambda: show_history(window),
        "Ctrl+H",
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
    # Always there: the launcher's window gets its timeline after the first paint.
    acts["fit"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Fit all"),
        lambda: window.timeline.fit_all() if hasattr(window.timeline, "fit_all") else None,
        "Ctrl+0",
        view_menu,
    )
    acts["fit"].setShortcutContext(acts["fit"].shortcutContext().WindowShortcut)
    window.addAction(acts["fit"])
    from tracker.ui.navigation import install_navigation

    install_navigation(window, view_menu, acts)

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

    from tracker.ui import help_dialogs

    help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    acts["shortcuts"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Keyboard shortcuts"),
        lambda: help_dialogs.show_help(window, "shortcuts"),
        QKeySequence.StandardKey.HelpContents,
        help_menu,
    )
    acts["data_sources"] = _action(
        window,
        QCoreApplication.translate("Actions", "Data &sources and licences"),
        lambda: help_dialogs.show_help(window, "sources"),
        None,
        help_menu,
    )
    help_menu.addSeparator()
    acts["about"] = _action(
        window,
        QCoreApplication.translate("Actions", "&About"),
        lambda: help_dialogs.show_about(window),
        None,
        help_menu,
    )
    acts["map_credits"] = _action(
        window,
        QCoreApplication.translate("Actions", "&Map data credits"),
        lambda: show_map_credits(window),
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


def show_map_credits(window) -> None:
    from tracker.ui.map_tab import show_map_credits as show

    show(window)
