"""The Edit menu: undo and redo, the record commands of the editor, history and Find."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from tracker.domain.enums import RecordKind
from tracker.ui.action_table import SEPARATOR, ActionSpec, add_actions
from tracker.ui.window_services import WindowServices, store_of

if TYPE_CHECKING:
    from tracker.ui.audit_dialog import AuditDialog

#: The kinds whose records keep an audit trail.
AUDITED = (RecordKind.COMMITMENT, RecordKind.DELIVERY, RecordKind.EVENT, RecordKind.TALLY)


def show_history(window: WindowServices) -> AuditDialog | None:
    """The selected record's audit trail (who changed what, when)."""
    from tracker.ui.audit_dialog import AuditDialog

    kind = window.current_kind()
    ids = window.selected_ids(kind)
    kind = RecordKind.COMMITMENT if kind == "promises" else kind
    if kind not in AUDITED or not ids:
        return None
    dialog = AuditDialog(store_of(window), kind, ids[0], window.window())
    dialog.show()
    return dialog


def focus_search(window: WindowServices) -> None:
    window.filter_dock.show()
    window.filter_panel.search.setFocus()
    window.filter_panel.search.selectAll()


def build_edit_menu(window: WindowServices, bar: QMenuBar, acts: dict[str, QAction]) -> QMenu:
    parent = window.window()
    menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    undo = window.undo_stack.createUndoAction(
        parent, QCoreApplication.translate("Actions", "&Undo")
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(
        parent, QCoreApplication.translate("Actions", "&Redo")
    )
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    menu.addAction(undo)
    menu.addAction(redo)
    acts["undo"], acts["redo"] = undo, redo
    ed = window.editor
    add_actions(
        parent,
        menu,
        [
            SEPARATOR,
            ActionSpec(
                "new",
                QCoreApplication.translate("Actions", "&New record"),
                lambda: ed.new_record(),
                QKeySequence.StandardKey.New,
            ),
            # Enter in a table opens the form through the view's activated(); F2 edits
            # in place.
            ActionSpec(
                "edit",
                QCoreApplication.translate("Actions", "&Edit record…"),
                lambda: ed.edit_record(),
                "Ctrl+E",
            ),
            ActionSpec(
                "revise",
                QCoreApplication.translate("Actions", "Re&vise commitment…"),
                lambda: ed.revise_commitment(),
                "Ctrl+R",
            ),
            ActionSpec(
                "delete",
                QCoreApplication.translate("Actions", "&Delete record"),
                lambda: ed.delete_selected(),
                QKeySequence.StandardKey.Delete,
            ),
            ActionSpec(
                "links",
                QCoreApplication.translate("Actions", "Suggest &links to commitments…"),
                lambda: ed.suggest_links(),
            ),
            ActionSpec(
                "show_deliveries",
                QCoreApplication.translate("Actions", "Show &deliveries of this commitment"),
                lambda: ed.show_deliveries_of_commitment(),
                "Ctrl+D",
            ),
            ActionSpec(
                "history",
                QCoreApplication.translate("Actions", "Record &history…"),
                lambda: show_history(window),
                "Ctrl+H",
            ),
            SEPARATOR,
            ActionSpec(
                "find",
                QCoreApplication.translate("Actions", "&Find…"),
                lambda: focus_search(window),
                QKeySequence.StandardKey.Find,
            ),
        ],
        acts,
    )
    # Enter edits only where a table has focus, not inside the filter panel's inputs.
    for key in ("edit", "delete"):
        acts[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.tabs.addAction(acts[key])
    return menu
