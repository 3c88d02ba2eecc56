"""Table models over column arrays: O(1) ``data()``, sorting and filtering in numpy.

A model holds a snapshot (a pandas frame fetched by one store query) and a row order
(numpy indices into it). Sorting re-orders the indices; filtering recomputes them from a
boolean mask. Nothing here runs SQL per cell, and there is no proxy model (DESIGN
measured 10 s to filter 1 M rows through one).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from tracker.ui.labels import actor_name, label, vaccine_name
from tracker.ui.lazy import LazyModule
from tracker.ui.locale import display_locale
from tracker.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
else:
    np = LazyModule("numpy", globals(), "np")  # imported when the first frame arrives
    pd = LazyModule("pandas", globals(), "pd")

RecordIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
VersionRole = Qt.ItemDataRole.UserRole + 2
UrlRole = Qt.ItemDataRole.UserRole + 3
#: The roles ``data`` answers; a view asks for about twice as many per cell (font,
#: decoration, check state...), answered None before any lookup (fitting a tab's columns
#: to its contents asks for every cell).
ANSWERED_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    RecordIdRole,
    SortRole,
    VersionRole,
    UrlRole,
)
_ANSWERED = frozenset(int(r) for r in ANSWERED_ROLES)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _pandas_na(value) -> bool:
    """Whether ``value`` is pandas' NA (looked for only once pandas is loaded: the first
    page at start-up is shown without it)."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and value is pandas.NA


def _missing(value) -> bool:
    """None, NaN or pandas' NA."""
    return value is None or (isinstance(value, float) and value != value) or _pandas_na(value)


@dataclass(frozen=True)
class Column:
    """One column, declared once: key in the frame, header, how to show and edit it."""

    key: str
    header: str  # a QT_TRANSLATE_NOOP literal, translated at display time
    kind: str = (
        "text"  # text / int / percent / decimal / date / actor / vaccine / code / url / link
    )
    editable: bool = False

    @property
    def align(self) -> Qt.AlignmentFlag:
        return _RIGHT if self.kind in ("int", "percent", "decimal") else _LEFT


def _pair_columns(editable: bool) -> tuple[Column, ...]:
    """Donor, recipient and vaccine: what every dose record (and its balance) names."""
    return (
        Column("donor", QT_TRANSLATE_NOOP("Columns", "Donor"), "actor", editable),
        Column("recipient", QT_TRANSLATE_NOOP("Columns", "Recipient"), "actor", editable),
        Column("vaccine", QT_TRANSLATE_NOOP("Columns", "Vaccine"), "vaccine", editable),
    )


#: Columns several tables share, declared once.
_DOSES = Column("doses", QT_TRANSLATE_NOOP("Columns", "Doses"), "int", True)
_STATUS = Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "code")
_CONFIDENCE = Column("confidence", QT_TRANSLATE_NOOP("Columns", "Confidence"), "code")
_SOURCE = Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), "url")
_NOTES = Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), "text", True)

COMMITMENT_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Columns", "Announced"), "date", True),
    *_pair_columns(editable=True),
    _DOSES,
    Column("deal_type", QT_TRANSLATE_NOOP("Columns", "Deal"), "code"),
    Column("channel", QT_TRANSLATE_NOOP("Columns", "Channel"), "code"),
    _STATUS,
    _CONFIDENCE,
    _SOURCE,
    _NOTES,
)
DELIVERY_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Columns", "Arrived"), "date", True),
    *_pair_columns(editable=True),
    _DOSES,
    _STATUS,
    Column("commitment", QT_TRANSLATE_NOOP("Columns", "Fulfils"), "link"),
    _CONFIDENCE,
    _SOURCE,
    _NOTES,
)
EVENT_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", True),
    Column("end_date", QT_TRANSLATE_NOOP("Columns", "Until"), "date", True),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "text", True),
    Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), "code"),
    Column("actors", QT_TRANSLATE_NOOP("Columns", "Actors"), "text"),
    _CONFIDENCE,
    _SOURCE,
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), "text", True),
)
SERIES_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Series"), "text"),
    Column("date", QT_TRANSLATE_NOOP("Columns", "Month"), "date"),
    Column("value", QT_TRANSLATE_NOOP("Columns", "Value"), "int"),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), "text"),
    _SOURCE,
)
PROMISE_COLUMNS = (
    Column("id", QT_TRANSLATE_NOOP("Columns", "Commitment"), "text"),
    Column("date", QT_TRANSLATE_NOOP("Columns", "Announced"), "date"),
    *_pair_columns(editable=False),
    Column("committed", QT_TRANSLATE_NOOP("Columns", "Committed"), "int"),
    Column("delivered", QT_TRANSLATE_NOOP("Columns", "Delivered"), "int"),
    Column("outstanding", QT_TRANSLATE_NOOP("Columns", "Outstanding"), "int"),
    Column("kept", QT_TRANSLATE_NOOP("Columns", "Kept"), "percent"),
    Column("per_100", QT_TRANSLATE_NOOP("Columns", "Delivered per 100 people"), "decimal"),
    _STATUS,
    Column("basis", QT_TRANSLATE_NOOP("Columns", "Counted from"), "code"),
    Column("tally", QT_TRANSLATE_NOOP("Columns", "Latest official tally"), "int"),
    Column("tally_as_of", QT_TRANSLATE_NOOP("Columns", "Tally date"), "date"),
    Column("first_delivery", QT_TRANSLATE_NOOP("Columns", "First delivery"), "date"),
    Column("last_delivery", QT_TRANSLATE_NOOP("Columns", "Last delivery"), "date"),
    Column("days_to_first", QT_TRANSLATE_NOOP("Columns", "Days to first"), "int"),
    Column("days_to_final", QT_TRANSLATE_NOOP("Columns", "Days to final"), "int"),
    Column("days_late", QT_TRANSLATE_NOOP("Columns", "Days late"), "int"),
    Column("as_of", QT_TRANSLATE_NOOP("Columns", "Data as of"), "date"),
)
CHECKPOINT_COLUMNS = (
    Column("id", QT_TRANSLATE_NOOP("Columns", "Tally"), "text"),
    Column("date", QT_TRANSLATE_NOOP("Columns", "As of"), "date"),
    *_pair_columns(editable=False),
    Column("tally", QT_TRANSLATE_NOOP("Columns", "Official tally"), "int"),
    Column("recorded", QT_TRANSLATE_NOOP("Columns", "Recorded deliveries"), "int"),
    Column("difference", QT_TRANSLATE_NOOP("Columns", "Difference"), "int"),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Checkpoint"), "code"),
    Column("deliveries", QT_TRANSLATE_NOOP("Columns", "Records behind the sum"), "int"),
)
SOURCE_COLUMNS = (
    Column("url", QT_TRANSLATE_NOOP("Columns", "URL"), "url"),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "text"),
    Column("publisher", QT_TRANSLATE_NOOP("Columns", "Publisher"), "text"),
    Column("records", QT_TRANSLATE_NOOP("Columns", "Records citing it"), "int"),
)


class RecordTableModel(QAbstractTableModel):
    """A read-mostly table of one record kind over a column snapshot.

    Edits made in the table are not written here: ``edit_requested`` carries them to
    the window, which pushes an undo command (which writes, then refreshes this model).
    """

    edit_requested = Signal(str, int, int, str, object)  # kind, record id, version, key, value

    def __init__(self, kind: str, columns: tuple[Column, ...], parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = columns
        # No frame until the first set_frame (pandas is not needed to show an empty table).
        self._frame: pd.DataFrame | None = None
        self._cols: dict[str, np.ndarray] = {}
        self._rows = 0
        self._order: np.ndarray | tuple = ()
        self._mask: Callable[[pd.DataFrame], np.ndarray] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._locale = display_locale()

    # -- our API ----------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame) -> None:
        """Swap in a new snapshot, keeping the current filter and sort."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._set_columns(self._frame)
        self._order = self._compute_order()
        self.endResetModel()

    def set_columns(self, columns: Mapping[str, Sequence]) -> None:
        """Swap in a snapshot given as columns of equal length (the first page at start-up,
        read without pandas), keeping the filter (a filter needs pandas: the first page is
        shown unfiltered) and the sort."""
        self.beginResetModel()
        self._frame = None
        self._cols = {}
        for key, values in columns.items():
            array = np.empty(len(values), dtype=object)
            array[:] = values
            self._cols[key] = array
        self._rows = len(self._cols["record_id"])
        self._locale = display_locale()
        self._order = self._compute_order()
        self.endResetModel()

    def set_filter(self, mask: Callable[[pd.DataFrame], np.ndarray] | None) -> None:
        self.beginResetModel()
        self._mask = mask
        self._order = self._compute_order()
        self.endResetModel()

    def total_rows(self) -> int:
        return self._rows

    def record_id(self, row: int) -> int:
        return int(self._cols["record_id"][self._order[row]])

    def row_of(self, record_id: int) -> int | None:
        if not len(self._order):
            return None
        hits = np.nonzero(self._cols["record_id"][self._order] == record_id)[0]
        return int(hits[0]) if len(hits) else None

    def value(self, row: int, key: str):
        return self._cols[key][self._order[row]]

    def frame(self) -> pd.DataFrame:
        if self._frame is None and self._cols:  # given as columns
            self._frame = pd.DataFrame(self._cols)
        elif self._frame is None:
            self._frame = pd.DataFrame(columns=["record_id", *[c.key for c in self.columns]])
            self._set_columns(self._frame)
            self._order = self._compute_order()
        return self._frame

    def visible_frame(self) -> pd.DataFrame:
        frame = self.frame()
        return frame.iloc[self._order]

    def visible_ids(self) -> list[int]:
        """Database ids of the rows shown, in the order shown."""
        if not len(self._order):
            return []
        return [int(i) for i in self._cols["record_id"][self._order]]

    # -- internals ----------------------------------------------------------------------
    def _set_columns(self, frame: pd.DataFrame) -> None:
        self._cols = {c: frame[c].to_numpy() for c in frame.columns}
        self._rows = len(frame)
        self._locale = display_locale()

    def _compute_order(self) -> np.ndarray | tuple:
        if self._frame is None and not self._cols:
            return ()
        n = self._rows
        if self._mask is not None and n:
            order = np.flatnonzero(np.asarray(self._mask(self.frame()), dtype=bool))
        else:
            order = np.arange(n, dtype=np.int64)
        if self._sort is not None and len(order):
            order = self._sorted(order, *self._sort)
        return order

    def _sort_keys(self, key: str, order: np.ndarray) -> np.ndarray:
        values = self._cols[key][order]
        column = next((c for c in self.columns if c.key == key), None)
        if column is not None and column.kind == "int":
            return np.asarray(pd.to_numeric(pd.Series(values), errors="coerce").fillna(-1))
        if column is not None and column.kind == "actor":
            values = np.array([actor_name(v) for v in values], dtype=object)
        if column is not None and column.kind == "link":
            values = np.array(
                [self._link_text(v, r) for v, r in zip(values, order, strict=True)], dtype=object
            )
        # None sorts first; everything else by its text form (ISO dates sort correctly).
        return np.array(
            ["" if v is None or _pandas_na(v) else str(v).casefold() for v in values], dtype=object
        )

    def _sorted(self, order: np.ndarray, column: int, how: Qt.SortOrder) -> np.ndarray:
        keys = self._sort_keys(self.columns[column].key, order)
        idx = np.argsort(keys, kind="stable")
        if how == Qt.SortOrder.DescendingOrder:
            idx = idx[::-1]
        return order[idx]

    def _display(self, column: Column, value):
        if _missing(value):
            return ""
        if column.kind == "int":
            if value is None or (isinstance(value, float) and np.isnan(value)):
                return ""
            return self._locale.toString(int(value))
        if column.kind == "percent":
            return self._locale.toString(float(value), "f", 1) + " %"
        if column.kind == "decimal":
            return self._locale.toString(float(value), "f", 2)
        if column.kind == "date":
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        if column.kind == "actor":
            return actor_name(value)
        if column.kind == "vaccine":
            return vaccine_name(value)
        if column.kind == "code":
            return label(value)
        if column.kind == "text" and isinstance(value, str):
            return value if len(value) <= 160 else value[:157] + "…"
        return str(value)

    def _link_text(self, ref, row: int) -> str:
        """The linked commitment as Promises names it: its reference, else "#<id>"."""
        if isinstance(ref, str) and ref:
            return ref
        cid = self._cols["commitment_id"][row] if "commitment_id" in self._cols else None
        if cid is None or _missing(cid):
            return ""
        return f"#{int(cid)}"

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate("Columns", self.columns[section].header)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._order):
            return None
        column = self.columns[index.column()]
        row = self._order[index.row()]
        value = self._cols[column.key][row] if column.key in self._cols else None
        if column.kind == "link" and role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return self._link_text(value, row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "date" and isinstance(value, dt.date):
                return QDate(value.year, value.month, value.day)
            if column.kind == "int" and value is not None and value == value:  # not NaN
                return int(value)
            return "" if value is None or value != value else value
        if role == RecordIdRole:
            return int(self._cols["record_id"][row])
        if role == VersionRole and "version" in self._cols:
            return int(self._cols["version"][row])
        if role == SortRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == UrlRole and column.kind == "url":
            return value or None
        if role == Qt.ItemDataRole.ForegroundRole and column.kind == "url" and value:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QBrush(QApplication.palette().color(QPalette.ColorRole.Link))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.kind == "url" and value:
                return QCoreApplication.translate("Tables", "Open {0} (Ctrl+click)").format(value)
            if column.kind == "text" and isinstance(value, str) and len(value) > 40:
                return value
            if column.kind == "actor" and value:
                return str(value)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and "version" in self._cols:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        row = self._order[index.row()]
        if isinstance(value, QDate):
            value = dt.date(value.year(), value.month(), value.day())
        current = self._cols[column.key][row]
        if value == current:
            return False
        self.edit_requested.emit(
            self.kind,
            int(self._cols["record_id"][row]),
            int(self._cols["version"][row]),
            column.key,
            value,
        )
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [
            self.record_id(i.row()) if i.row() < len(self._order) else None
            for i in self.persistentIndexList()
        ]
        old = self.persistentIndexList()
        self._sort = (column, order)
        if len(self._order) and not isinstance(self._order, tuple):  # () before any frame
            self._order = self._sorted(self._order, column, order)
        new = []
        for idx, rid in zip(old, old_ids, strict=True):
            row = self.row_of(rid) if rid is not None else None
            new.append(self.index(row, idx.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
