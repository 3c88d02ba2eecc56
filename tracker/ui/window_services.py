"""What the main window offers to the code that acts on it (menus, editing, navigation).

:class:`WindowServices` is the window's interface, written down: ``actions``, the menu
builders, ``editing`` and ``navigation`` are typed against it, not against
:class:`~tracker.ui.main_window.MainWindow`, so they import nothing of the window (no
import cycle) and a reader sees at a glance which of its parts they may touch.
:class:`TimelineView` is what the window's timeline offers, whether the chart is drawn
yet or still the empty state of a window that is loading.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMenuBar, QStatusBar, QTabWidget, QToolBar, QWidget

if TYPE_CHECKING:
    from tracker.domain.filters import Filters
    from tracker.store.database import Store
    from tracker.ui.filter_panel import FilterPanel
    from tracker.ui.settings import Settings
    from tracker.ui.table_models import RecordTableModel


class TimelineView(Protocol):
    """The centre chart as the window and its actions use it."""

    def refresh(self, store: Store, filters: Filters) -> None: ...
    def fit_all(self) -> None: ...
    def visible_range(self) -> tuple[dt.date, dt.date] | None: ...
    def highlight(self, kind: str, record_id: int) -> bool: ...
    def set_dark(self, dark: bool) -> None: ...


class RecordCommands(Protocol):
    """The record editor (``ui/editing.RecordEditor``) as the menus use it."""

    #: Dialogs and forms open on the window's database, kept referenced while shown.
    open_forms: list[QWidget]

    def new_record(self, kind: str | None = None) -> object: ...
    def edit_record(self, kind: str | None = None, record_id: int | None = None) -> object: ...
    def revise_commitment(self, record_id: int | None = None) -> object: ...
    def delete_selected(self, kind: str | None = None, confirm: bool = True) -> int: ...
    def suggest_links(self) -> object: ...
    def show_deliveries_of_commitment(self, record_id: int | None = None) -> None: ...


class WindowServices(Protocol):
    """The main window's parts and operations that actions and the editor rely on."""

    settings: Settings
    undo_stack: QUndoStack
    filters: Filters
    models: dict[str, RecordTableModel]
    filter_panel: FilterPanel
    filter_dock: QDockWidget
    quality_dock: QDockWidget
    tabs: QTabWidget
    actions_: dict[str, QAction]
    toolbar: QToolBar

    @property
    def editor(self) -> RecordCommands: ...

    # -- the open database and the chart ------------------------------------------------
    @property
    def store(self) -> Store | None:
        """The open database; None only in the launcher's window, before it is open."""
        ...

    @property
    def timeline(self) -> TimelineView: ...

    # -- records and tabs ---------------------------------------------------------------
    def current_kind(self) -> str: ...
    def show_tab(self, kind: str) -> None: ...
    def selected_ids(self, kind: str | None = None) -> list[int]: ...
    def select_record(self, kind: str, record_id: int) -> bool: ...
    def go_to_record(self, kind: str, record_id: int) -> None: ...
    def show_checkpoint(self, record_id: int) -> int: ...
    def reload(self, kinds: tuple[str, ...]) -> None: ...
    def reload_all(self) -> None: ...
    def apply_filters(self, f: Filters) -> None: ...

    # -- look and language --------------------------------------------------------------
    def set_theme(self, choice: str) -> bool: ...
    def switch_language(self, choice: str) -> QWidget: ...

    # -- the Qt window itself (QMainWindow's own methods) --------------------------------
    def window(self) -> QWidget:
        """The window as a widget: the parent of dialogs and message boxes."""
        ...

    def statusBar(self) -> QStatusBar: ...
    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, title: str) -> QToolBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def tr(self, text: str) -> str: ...


def store_of(window: WindowServices) -> Store:
    """``window``'s open database; an action run before the launcher's window has one
    is a bug (its actions wait for the store), reported as such."""
    store = window.store
    if store is None:
        raise RuntimeError("no database is open in this window yet")
    return store
