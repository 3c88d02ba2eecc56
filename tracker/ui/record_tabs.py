"""The window's record tabs: which tables it shows, in which order, and their view."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from tracker.domain.enums import RecordKind
from tracker.ui.delegates import RecordDelegate
from tracker.ui.table_models import (
    CHECKPOINT_COLUMNS,
    COMMITMENT_COLUMNS,
    DELIVERY_COLUMNS,
    EVENT_COLUMNS,
    PROMISE_COLUMNS,
    SERIES_COLUMNS,
    SOURCE_COLUMNS,
    Column,
    RecordTableModel,
    UrlRole,
)

#: (kind, columns) of each tab, in the tab bar's order (Alt+1 … Alt+7).
TABS: tuple[tuple[str, tuple[Column, ...]], ...] = (
    ("promises", PROMISE_COLUMNS),
    ("checkpoints", CHECKPOINT_COLUMNS),
    (RecordKind.COMMITMENT, COMMITMENT_COLUMNS),
    (RecordKind.DELIVERY, DELIVERY_COLUMNS),
    (RecordKind.EVENT, EVENT_COLUMNS),
    (RecordKind.SERIES, SERIES_COLUMNS),
    ("sources", SOURCE_COLUMNS),
)
#: The kinds a user adds, edits and deletes (counted in the status bar).
EDITABLE_KINDS = (RecordKind.COMMITMENT, RecordKind.DELIVERY, RecordKind.EVENT)


class RecordTableView(QTableView):
    """A record table: uniform rows, sortable in the model, Ctrl+click opens a source link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setItemDelegate(RecordDelegate(self))
        self.clicked.connect(self._maybe_open_link)

    def _maybe_open_link(self, index: QModelIndex | QPersistentModelIndex) -> None:
        url = index.data(UrlRole)
        if url and QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            QDesktopServices.openUrl(QUrl(url))


def select_row(view: QTableView, model: RecordTableModel, row: int) -> None:
    """Make ``row`` the view's current, only selected row, scrolled into sight."""
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


def select_rows(view: QTableView, model: RecordTableModel, ids: list[int]) -> None:
    """Select the rows of the records ``ids`` (those shown), the first scrolled into sight."""
    selection = view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    first = None
    for rid in ids:
        row = model.row_of(rid)
        if row is not None:
            selection.select(model.index(row, 0), flags)
            first = row if first is None else min(first, row)
    if first is not None:
        view.scrollTo(model.index(first, 0))


def related_records(
    models: dict[str, RecordTableModel], kind: str, row: int, record_id: int
) -> list[tuple[str, int]]:
    """Where else the record on ``row`` of ``kind``'s table appears: a commitment is also
    a promise; a delivery points at the commitment it fulfils."""
    if kind in (RecordKind.COMMITMENT, "promises"):
        other = "promises" if kind == RecordKind.COMMITMENT else RecordKind.COMMITMENT
        return [(other, record_id)]
    if kind == RecordKind.DELIVERY:
        cid = models[kind].value(row, "commitment_id")
        if cid is not None and cid == cid:  # not NaN
            return [(RecordKind.COMMITMENT, int(cid)), ("promises", int(cid))]
    return []
