"""What the import wizard runs and shows, apart from its pages: the import in a worker
thread, a finished import as one undo step, and a read-only table of a small frame."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QUndoCommand

from tracker.domain.errors import TrackerError
from tracker.io.tables import ReadOptions
from tracker.store.database import Store
from tracker.store.import_undo import RowChanges, undo_import


class FrameTableModel(QAbstractTableModel):
    """A read-only view of a small frame of text (the preview, the rejected rows); the
    vertical header shows the frame's index, i.e. spreadsheet row numbers."""

    def __init__(self, frame: pd.DataFrame | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frame = frame if frame is not None else pd.DataFrame()

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame
        self.endResetModel()

    # -- Qt overrides --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return str(self._frame.iat[index.row(), index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self._frame.columns[section])
        return str(self._frame.index[section])


class ImportWorker(QThread):
    """Runs ``run_import`` on its own store connection, off the UI thread."""

    progressed = Signal(str, float)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, store: Store, run_import: Callable, path: Path, opts: ReadOptions, **kw):
        super().__init__()
        self.url, self.read_only = store.url, store.read_only
        self.run_import, self.path, self.opts, self.kw = run_import, path, opts, kw
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from tracker.store import open_store

        store = None
        try:
            store = open_store(self.url, read_only=self.read_only)
            report = self.run_import(
                store,
                self.path,
                self.opts,
                progress=lambda phase, f: self.progressed.emit(phase, f),
                cancelled=self._cancel.is_set,
                **self.kw,
            )
            self.succeeded.emit(report)
        except Exception as exc:  # shown by the page; nothing was written
            self.failed.emit(exc)
        finally:
            if store is not None:
                store.close()


class ImportCommand(QUndoCommand):
    """An import as one undo step: the import is already written when pushed, so the
    first redo does nothing; undo and redo apply the recorded row changes."""

    def __init__(self, store: Store, changes: RowChanges, text: str, on_applied, on_error):
        super().__init__(text)
        self._store, self._next, self._first = store, changes, True
        self._on_applied, self._on_error = on_applied, on_error

    def _apply(self, action: str) -> None:
        try:
            kinds = self._next.kinds
            inverse = undo_import(self._store, self._next, action)
        except TrackerError as exc:
            self.setObsolete(True)
            self._on_error(exc)
            return
        if inverse is None:  # too large to redo: drop the step once undone
            self.setObsolete(True)
        else:
            self._next = inverse
        self._on_applied(kinds)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply("redo-import")

    def undo(self) -> None:
        self._apply("undo-import")
