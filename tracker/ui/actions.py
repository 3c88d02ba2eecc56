"""Menus, toolbar and actions of the main window, each with a standard shortcut.

One builder per menu (``file_menu``, ``edit_menu``, ``view_menu`` with ``navigation``,
``help_menu``), each listing its entries as a table of
:class:`~tracker.ui.action_table.ActionSpec`. They act on the window only through
:class:`~tracker.ui.window_services.WindowServices`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from tracker.ui.edit_menu import build_edit_menu, show_history
from tracker.ui.file_menu import (
    build_file_menu,
    export_audit_trail,
    export_chart,
    export_data,
    export_map,
    import_data,
    open_url_in,
    restore_from_backup,
)
from tracker.ui.help_menu import build_help_menu
from tracker.ui.view_menu import build_view_menu
from tracker.ui.window_services import WindowServices

__all__ = [
    "apply_icons",
    "export_audit_trail",
    "export_chart",
    "export_data",
    "export_map",
    "import_data",
    "install_actions",
    "open_url_in",
    "restore_from_backup",
    "show_history",
]

#: The toolbar's actions by key, ``None`` a separator.
TOOLBAR = (
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
)

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


def install_actions(window: WindowServices) -> dict[str, QAction]:
    """Build the menus and the toolbar; returns the actions by key."""
    bar = window.menuBar()
    acts: dict[str, QAction] = {}
    build_file_menu(window, bar, acts)
    build_edit_menu(window, bar, acts)
    build_view_menu(window, bar, acts)
    install_toolbar(window, acts)
    build_help_menu(window, bar, acts)
    return acts


def install_toolbar(window: WindowServices, acts: dict[str, QAction]) -> None:
    toolbar = window.addToolBar(QCoreApplication.translate("Actions", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    for key in TOOLBAR:
        if key is None:
            toolbar.addSeparator()
        elif key in acts:
            toolbar.addAction(acts[key])
    window.toolbar = toolbar
    apply_icons(acts)


def apply_icons(acts: dict[str, QAction]) -> None:
    """(Re)draw the icons in the palette's colours; called again when the theme changes."""
    from tracker.ui.icons import icon

    for key, name in ICONS.items():
        if key in acts:
            acts[key].setIcon(icon(name))
