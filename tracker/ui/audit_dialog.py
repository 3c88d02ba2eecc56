"""A record's history: who changed it, when, and what changed (from the audit trail)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import TrackerError
from tracker.store.audit import AuditEntry, export_audit_csv, record_history
from tracker.store.database import Store
from tracker.ui import messages
from tracker.ui.labels import actor_name, label, vaccine_name
from tracker.ui.locale import datetime_text, display_locale
from tracker.ui.translatable import QT_TRANSLATE_NOOP

#: Day, month name and 24-hour time: unambiguous in every language (no 3/4/21), with the
#: month named in the interface language.
TIMESTAMP = "d MMM yyyy, HH:mm"

_ACTIONS = {
    "add": QT_TRANSLATE_NOOP("AuditTableModel", "Added"),
    "edit": QT_TRANSLATE_NOOP("AuditTableModel", "Edited"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Deleted"),
    "revise": QT_TRANSLATE_NOOP("AuditTableModel", "Revised"),
    "unrevise": QT_TRANSLATE_NOOP("AuditTableModel", "Revision undone"),
    "undo-import": QT_TRANSLATE_NOOP("AuditTableModel", "Import undone"),
    "import": QT_TRANSLATE_NOOP("AuditTableModel", "Imported"),
    "created": QT_TRANSLATE_NOOP("AuditTableModel", "Created"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


class AuditTableModel(QAbstractTableModel):
    """One row per audit entry, oldest first: when, who, what, and a summary."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Who"),
        QT_TRANSLATE_NOOP("AuditTableModel", "What"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Changes"),
    )

    def __init__(self, entries: list[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries

    # -- Qt overrides -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        e = self.entries[index.row()]
        col = index.column()
        if col == 0:
            return timestamp_text(e)
        if col == 1:
            return e.user or self.tr("unknown")
        if col == 2:
            return _tr(_ACTIONS[e.action]) if e.action in _ACTIONS else e.action
        if e.action in ("import", "created"):
            rows = e.detail.get("rows")
            return self.tr("in a batch of {0} rows").format(rows) if rows else ""
        return change_summary(e)


def timestamp_text(entry: AuditEntry) -> str:
    return datetime_text(entry.at_local, TIMESTAMP)


def field_label(key: str) -> str:
    """The form's name for a stored field (``commitment_id`` → "Commitment")."""
    from tracker.ui.conflict_dialog import FIELD_LABELS

    if key in FIELD_LABELS:
        return QCoreApplication.translate("ConflictDialog", FIELD_LABELS[key])
    return key.replace("_", " ").capitalize()


def value_text(key: str, value: object) -> str:
    """A stored value as the tables show it: names for codes, grouped figures."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        parts = [v.get("url", v) if isinstance(v, dict) else v for v in value]
        return ", ".join(value_text(key, p) for p in parts)
    if key in ("donor", "recipient", "actors"):
        return actor_name(str(value))
    if key == "vaccine":
        return vaccine_name(str(value))
    if key in ("status", "deal_type", "channel", "confidence", "category"):
        return label(str(value))
    if key == "commitment_id":
        return f"#{value}"
    if isinstance(value, int) and not isinstance(value, bool):
        return display_locale().toString(value)
    return str(value)


def change_summary(entry: AuditEntry) -> str:
    parts = []
    for c in entry.changes:
        if entry.action == "edit":
            parts.append(
                f"{field_label(c.field)}: {value_text(c.field, c.before)} → "
                f"{value_text(c.field, c.after)}"
            )
        else:
            value = c.after if c.after is not None else c.before
            parts.append(f"{field_label(c.field)}: {value_text(c.field, value)}")
    return "; ".join(parts)


class AuditDialog(QDialog):
    """Lists :func:`tracker.store.audit.record_history` for one record; exports the trail."""

    def __init__(
        self, store: Store, kind: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.kind, self.record_id = store, kind, record_id
        self.setWindowTitle(self.tr("History of {0} #{1}").format(label(kind), record_id))
        self.resize(760, 420)
        self.model = AuditTableModel(record_history(store, kind, record_id), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.summary = QLabel(self)
        self.export_button = QPushButton(self.tr("&Export the audit trail…"), self)
        self.export_button.clicked.connect(self._choose_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.detail, 1)
        layout.addWidget(buttons)
        n = len(self.model.entries)
        self.summary.setText(
            self.tr("{0} entries; select one to see every field before and after.").format(n)
            if n
            else self.tr("No changes recorded for this record.")
        )
        if n:
            self.view.selectRow(n - 1)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        e = self.model.entries[current.row()]
        lines = [
            f"{field_label(c.field)}: {value_text(c.field, c.before)} → "
            f"{value_text(c.field, c.after)}"
            for c in e.changes
        ]
        self.detail.setPlainText("\n".join(lines))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            "audit-trail.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Write the whole trail (all records) to ``path`` as CSV; returns the rows written."""
        try:
            n = export_audit_csv(self.store, path)
        except (TrackerError, OSError) as exc:
            messages.show_exception(self, exc)
            return 0
        self.summary.setText(self.tr("Exported {0} rows to {1}").format(n, path))
        return n
