"""Undo commands: thin Qt wrappers over the store's apply/inverse changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from tracker.domain.changes import Applied, Change
from tracker.domain.errors import TrackerError

if TYPE_CHECKING:
    from tracker.store.database import Store


def apply(store: Store, change: Change) -> Applied:
    """The store's writer, imported on first use (the window paints before SQLAlchemy)."""
    from tracker.store.repository import apply as write

    return write(store, change)


class ChangeCommand(QUndoCommand):
    """Applies a change on redo and its inverse on undo, one transaction each.

    ``on_applied`` tells the window what changed so it refreshes just that; ``on_error``
    shows a failure (a conflict while undoing leaves the data untouched and the command
    is dropped from the stack rather than pretending it was undone).
    """

    def __init__(
        self,
        store: Store,
        change: Change,
        text: str,
        on_applied: Callable[[Applied], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._store = store
        self._next = change
        self._on_applied = on_applied
        self._on_error = on_error
        self.failed = False
        self.last: Applied | None = None

    def _run(self) -> None:
        try:
            applied = apply(self._store, self._next)
        except TrackerError as exc:
            self.failed = True
            self.setObsolete(True)
            self._on_error(exc)
            return
        self._next = applied.inverse
        self.last = applied
        self._on_applied(applied)

    def redo(self) -> None:
        self._run()

    def undo(self) -> None:
        self._run()
