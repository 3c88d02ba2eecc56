"""The File menu: databases (new, open, recent, backup, restore), import and exports."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMenuBar

from tracker.domain.enums import RecordKind
from tracker.domain.errors import TrackerError
from tracker.ui import messages
from tracker.ui.action_table import SEPARATOR, ActionSpec, add_actions
from tracker.ui.window_services import WindowServices, store_of

if TYPE_CHECKING:
    from tracker.io.importing import ImportReport
    from tracker.ui.export_data_dialog import ExportDataDialog
    from tracker.ui.export_dialog import ExportChartDialog
    from tracker.ui.import_wizard import ImportWizard
    from tracker.ui.startup import DatabaseOpener


def _show(window: WindowServices, text: str, timeout: int = 5000) -> None:
    window.statusBar().showMessage(text, timeout)


def open_url_in(
    window: WindowServices, url: str, *, read_only: bool = False, empty: bool = False
) -> DatabaseOpener:
    """Open ``url`` in ``window``, checked first (a big file in a worker thread); a damaged
    file gets a dialog offering a read-only copy or the latest backup. Returns the opener."""
    from tracker.ui.startup import open_in_window

    return open_in_window(window, url, read_only=read_only, empty=empty)


def restore_from_backup(window: WindowServices, source: Path | None = None) -> bool:
    """Replace the open database with a backup (the current file is kept as one)."""
    from tracker.store.backups import browse_folder, restore

    store = store_of(window)
    parent = window.window()
    if store.path is None or store.read_only:
        messages.info(
            parent,
            QCoreApplication.translate("Actions", "Restore"),
            QCoreApplication.translate(
                "Actions", "Only a database file of your own can be restored from a backup."
            ),
        )
        return False
    if source is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Actions", "Restore from backup"),
            str(browse_folder(store.path)),
            QCoreApplication.translate("Actions", "Tracker databases (*.sqlite)"),
        )
        if not path:
            return False
        source = Path(path)
    if not messages.confirm(
        parent,
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
        messages.show_exception(parent, exc)
        return False
    open_url_in(window, url)
    return True


def write_chosen_file(
    window: WindowServices,
    title: str,
    suggested: str,
    filters: str,
    write: Callable[[Path], object],
    done: str,
    errors: tuple[type[Exception], ...] = (TrackerError,),
) -> None:
    """Ask where to save, ``write`` there, and say ``done`` (formatted with what
    ``write`` returned and the path) in the status bar; an expected error is shown."""
    path, _ = QFileDialog.getSaveFileName(window.window(), title, suggested, filters)
    if not path:
        return
    try:
        out = write(Path(path))
    except errors as exc:
        messages.show_exception(window.window(), exc)
        return
    _show(window, done.format(out, path))


def export_audit_trail(window: WindowServices) -> None:
    from tracker.store.audit import export_audit_csv

    write_chosen_file(
        window,
        QCoreApplication.translate("Actions", "Export the audit trail"),
        "audit-trail.csv",
        QCoreApplication.translate("Actions", "CSV files (*.csv)"),
        lambda path: export_audit_csv(store_of(window), path),
        QCoreApplication.translate("Actions", "Wrote {0} audit-trail rows to {1}"),
        errors=(TrackerError, OSError),
    )


def import_data(window: WindowServices) -> ImportWizard | None:
    """The import wizard; a finished import becomes one undo step."""
    import platformdirs

    from tracker import APP_NAME
    from tracker.io.importing import import_file
    from tracker.ui.import_wizard import ImportWizard
    from tracker.ui.import_worker import ImportCommand

    store = store_of(window)
    if store.read_only:
        return None
    profiles = platformdirs.user_config_path(APP_NAME, appauthor=False) / "import-profiles"
    wizard = ImportWizard(store, import_file, window.window(), profiles_dir=profiles)

    def imported(report: ImportReport) -> None:
        window.reload_all()
        if report.undo is None:
            return
        text = QCoreApplication.translate("Actions", "Import {0}").format(report.path.name)
        window.undo_stack.push(
            ImportCommand(
                store,
                report.undo,
                text,
                lambda _kinds: window.reload_all(),
                lambda exc: messages.show_exception(window.window(), exc),
            )
        )
        _show(
            window,
            QCoreApplication.translate(
                "Actions", "Imported {0}: {1} new, {2} updated, {3} unchanged"
            ).format(report.path.name, report.new, report.updated, report.unchanged),
            8000,
        )

    wizard.imported.connect(imported)
    window.editor.open_forms.append(wizard)
    wizard.show()
    return wizard


def export_data(window: WindowServices) -> ExportDataDialog:
    """Export the current table (as filtered) or everything, spreadsheet-safe."""
    from tracker.ui.export_data_dialog import ExportDataDialog

    kind = window.current_kind()
    kind = RecordKind.COMMITMENT if kind == "promises" else kind
    view_ids = {k: m.visible_ids() for k, m in window.models.items() if k != "promises"}
    dialog = ExportDataDialog(store_of(window), kind, view_ids, window.window())
    window.editor.open_forms.append(dialog)
    dialog.show()
    return dialog


def export_chart(window: WindowServices) -> ExportChartDialog:
    """The chart export dialog (PNG, SVG, PDF; visible range or everything)."""
    from tracker.ui.export_dialog import ExportChartDialog
    from tracker.ui.timeline_area import current_lang

    dialog = ExportChartDialog(
        store_of(window),
        window.filters,
        window.timeline.visible_range(),
        window.settings,
        window.window(),
        lang=current_lang(),
    )
    dialog.exported.connect(
        lambda path: _show(
            window, QCoreApplication.translate("Actions", "Chart written to {0}").format(path)
        )
    )
    window.editor.open_forms.append(dialog)
    dialog.show()
    return dialog


def export_map(window: WindowServices, path: str | None = None) -> Path | None:
    """The map as shown (date, measure, per 100, flows) to PNG, SVG or PDF."""
    from tracker.ui.map_tab import export_map as write

    return write(window, path)


def new_database(window: WindowServices) -> None:
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        window.window(),
        QCoreApplication.translate("Actions", "New database"),
        str(Path(documents or Path.home()) / "tracker.sqlite"),
        QCoreApplication.translate("Actions", "Tracker databases (*.sqlite)"),
    )
    if not path:
        return
    pick = messages.choose(
        window.window(),
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


def open_database(window: WindowServices) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window.window(),
        QCoreApplication.translate("Actions", "Open database"),
        "",
        QCoreApplication.translate("Actions", "Tracker databases (*.sqlite *.db);;All files (*)"),
    )
    if path:
        open_url_in(window, path)


def open_bundled(window: WindowServices) -> None:
    from tracker.io.seed import open_database as open_db

    folder = Path(tempfile.mkdtemp(prefix="tracker-review-"))
    try:
        open_db(str(folder / "bundled-review.sqlite")).close()
    except TrackerError as exc:
        messages.show_exception(window.window(), exc)
        return
    open_url_in(window, str(folder / "bundled-review.sqlite"), read_only=True)


def backup(window: WindowServices) -> None:
    from tracker.store.backups import backup_to

    write_chosen_file(
        window,
        QCoreApplication.translate("Actions", "Back up database"),
        "tracker-backup.sqlite",
        QCoreApplication.translate("Actions", "Tracker databases (*.sqlite)"),
        lambda path: backup_to(store_of(window), path),
        QCoreApplication.translate("Actions", "Backed up to {0}"),
    )


def export_report(window: WindowServices) -> None:
    def write(path: Path) -> Path:
        from tracker.timeline.report import write_report

        return write_report(store_of(window), path, window.filters)

    write_chosen_file(
        window,
        QCoreApplication.translate("Actions", "Export report"),
        "report.pdf",
        QCoreApplication.translate("Actions", "PDF documents (*.pdf)"),
        write,
        QCoreApplication.translate("Actions", "Report written to {0}"),
    )


def fill_recent(window: WindowServices, recent_menu: QMenu) -> None:
    """The Recent databases submenu, filled each time it opens."""
    recent_menu.clear()
    from tracker.store.database import describe_url

    def opener(url: str) -> Callable[[], object]:
        return lambda: open_url_in(window, url)

    for url in window.settings.recent():
        # Shown without its password (issue 18); the setting keeps it to reconnect.
        recent_menu.addAction(describe_url(url), opener(url))
    recent_menu.setEnabled(bool(window.settings.recent()))


def build_file_menu(window: WindowServices, bar: QMenuBar, acts: dict[str, QAction]) -> QMenu:
    parent = window.window()
    menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    add_actions(
        parent,
        menu,
        [
            ActionSpec(
                "new_db",
                QCoreApplication.translate("Actions", "&New database…"),
                lambda: new_database(window),
                "Ctrl+Shift+N",
            ),
            ActionSpec(
                "open_db",
                QCoreApplication.translate("Actions", "&Open database…"),
                lambda: open_database(window),
                QKeySequence.StandardKey.Open,
            ),
            ActionSpec(
                "open_bundled",
                QCoreApplication.translate("Actions", "Open &bundled dataset (read-only)"),
                lambda: open_bundled(window),
            ),
        ],
        acts,
    )
    recent_menu = menu.addMenu(QCoreApplication.translate("Actions", "&Recent databases"))
    recent_menu.aboutToShow.connect(lambda: fill_recent(window, recent_menu))
    add_actions(
        parent,
        menu,
        [
            SEPARATOR,
            ActionSpec(
                "import",
                QCoreApplication.translate("Actions", "&Import data…"),
                lambda: import_data(window),
                "Ctrl+I",
            ),
            ActionSpec(
                "export_data",
                QCoreApplication.translate("Actions", "E&xport data…"),
                lambda: export_data(window),
                "Ctrl+Shift+E",
            ),
            ActionSpec(
                "export_chart",
                QCoreApplication.translate("Actions", "Export &chart…"),
                lambda: export_chart(window),
                "Ctrl+Shift+P",
            ),
            ActionSpec(
                "export_map",
                QCoreApplication.translate("Actions", "Export &map…"),
                lambda: export_map(window),
            ),
            ActionSpec(
                "report",
                QCoreApplication.translate("Actions", "Export &report…"),
                lambda: export_report(window),
            ),
            SEPARATOR,
            ActionSpec(
                "backup",
                QCoreApplication.translate("Actions", "&Back up…"),
                lambda: backup(window),
            ),
            ActionSpec(
                "restore",
                QCoreApplication.translate("Actions", "&Restore from backup…"),
                lambda: restore_from_backup(window),
            ),
            ActionSpec(
                "export_audit",
                QCoreApplication.translate("Actions", "Export the &audit trail…"),
                lambda: export_audit_trail(window),
            ),
            SEPARATOR,
            ActionSpec(
                "quit", QCoreApplication.translate("Actions", "&Quit"), window.close, "Ctrl+Q"
            ),
        ],
        acts,
    )
    store = window.store
    acts["import"].setEnabled(store is not None and not store.read_only)
    return menu
