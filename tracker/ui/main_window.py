"""The main window: composes the filter panel, timeline area, record tables and status bar.

Menus and actions live in ``ui/actions.py`` (one builder per menu), record editing in
``ui/editing.py``; both use the window through ``ui/window_services.WindowServices``.
Geometry and remembered layout are in the base class, ``ui/window_layout.WindowLayout``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QSplitter, QTabWidget, QToolBar, QWidget

from tracker import APP_NAME
from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.ui import settings as keys
from tracker.ui.filter_panel import FilterPanel
from tracker.ui.filtering import mask_for
from tracker.ui.locale import display_locale
from tracker.ui.record_tabs import (
    EDITABLE_KINDS,
    TABS,
    RecordTableView,
    related_records,
    select_row,
    select_rows,
)
from tracker.ui.settings import Settings
from tracker.ui.table_models import RecordIdRole, RecordTableModel
from tracker.ui.timeline_area import PendingTimeline
from tracker.ui.window_layout import MIN_TABLE_ROWS, WindowLayout

if TYPE_CHECKING:  # SQLAlchemy and pandas load after the first paint (see ui/app.py)
    import pandas as pd

    from tracker.domain.reconcile import Reconciliation
    from tracker.store.database import Store
    from tracker.store.first_page import FirstPage
    from tracker.timeline.widget import TimelineWidget
    from tracker.ui.editing import RecordEditor
    from tracker.ui.map_tab import MapPanel


class MainWindow(WindowLayout):
    """The window staff live in. Owns the undo stack of the open database.

    It implements :class:`~tracker.ui.window_services.WindowServices`, the interface its
    actions and record editor use.
    """

    record_selected = Signal(str, int)  # kind, record id
    #: Emitted once a window made without a store (the launcher's) shows its data.
    data_shown = Signal()
    #: Emitted once the launcher's window has drawn its timeline (right after the data).
    timeline_shown = Signal()

    #: Windows replaced on a language switch stay referenced until the app quits.
    open_windows: list[MainWindow] = []

    timeline: TimelineWidget | PendingTimeline
    map_panel: MapPanel
    toolbar: QToolBar
    editor: RecordEditor

    def __init__(
        self,
        store: Store | None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        # ``store=None``: the launcher's window, painted before the database (and SQLAlchemy,
        # pandas, pyqtgraph) is loaded; ``show_store`` fills it. Everyone else passes one.
        self.store = store
        #: The launcher's first page, until the store is open (``ui/first_page.py``).
        self.first_page: FirstPage | None = None
        self.settings = settings or Settings()
        self.undo_stack = undo_stack or QUndoStack(self)
        self.undo_stack.setParent(self)
        self.actions_: dict[str, QAction] = {}  # filled by install_actions, below
        self.models: dict[str, RecordTableModel] = {}
        self.views: dict[str, RecordTableView] = {}
        self.filters = Filters()
        self._syncing = False
        self._reconciliation: Reconciliation | None = None
        #: The date cursor's day: Promises and Checkpoints are balanced as of it.
        self.balances_as_of: dt.date | None = None
        self._unsized = set()

        self.filter_panel = FilterPanel(self)
        self.filter_dock = QDockWidget(self)
        self.filter_dock.setObjectName("filters")
        self.filter_dock.setWidget(self.filter_panel)
        self.filter_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_dock)

        from tracker.ui.quality_panel import QualityPanel

        self.quality_panel = QualityPanel(lambda: self.store, self)
        self.quality_dock = QDockWidget(self)
        self.quality_dock.setObjectName("quality")
        self.quality_dock.setWidget(self.quality_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.quality_dock)
        self.tabifyDockWidget(self.filter_dock, self.quality_dock)
        self.filter_dock.raise_()
        self.quality_panel.record_requested.connect(self.go_to_record)
        self._quality_shown = False  # on screen (not hidden behind the Filters tab)
        self.quality_dock.visibilityChanged.connect(self._quality_visibility)

        self.tabs = QTabWidget(self)
        for kind, columns in TABS:
            model = RecordTableModel(kind, columns, self)
            view = RecordTableView(self)
            view.setModel(model)
            column_keys = [c.key for c in columns]
            view.sortByColumn(
                column_keys.index("date") if "date" in column_keys else 0,
                Qt.SortOrder.AscendingOrder,
            )
            view.setObjectName(f"table_{kind}")
            view.setAccessibleName(str(kind))
            self.models[kind] = model
            self.views[kind] = view
            self.tabs.addTab(view, "")
            view.selectionModel().currentRowChanged.connect(
                lambda cur, _prev, k=kind: self._on_row_changed(k, cur)
            )
        self.timeline = self._make_timeline() if store is not None else PendingTimeline(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("main_splitter")
        from tracker.ui.map_tab import make_centre

        self.centre = make_centre(self, self.timeline)  # the timeline, the map beside it
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.tabs)
        # The chart takes what the window gains or loses; the tables keep their share and
        # never show fewer than MIN_TABLE_ROWS rows (on a 1366×768 screen too).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.tabs.setMinimumHeight(self.table_height(MIN_TABLE_ROWS))
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.db_label = QLabel(self)
        self.as_of_label = QLabel(self)
        for w in (self.count_label, self.as_of_label):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self.db_label)

        from tracker.ui.actions import install_actions
        from tracker.ui.editing import RecordEditor

        self.editor = RecordEditor(self)
        for kind, model in self.models.items():
            # Queued: the cell editor closes before the write reloads the model under it.
            model.edit_requested.connect(
                self.editor.edit_in_place, Qt.ConnectionType.QueuedConnection
            )
            self.views[kind].activated.connect(
                lambda index, k=kind: self.editor.edit_record(k, index.data(RecordIdRole))
            )
        self.actions_ = install_actions(self)
        self.filter_panel.filters_changed.connect(self.apply_filters)
        self.retranslate_ui()
        if store is not None:
            self.reload_all()
        self.restore_state()

    # -- composition --------------------------------------------------------------------
    def _make_timeline(self) -> TimelineWidget:
        from tracker.ui.timeline_area import make_timeline_area

        return make_timeline_area(self)

    def _timeline_drawn(self) -> bool:
        """Whether the chart is in place (not its empty state: the launcher's window)."""
        return not isinstance(self.timeline, PendingTimeline)

    def _set_store(self, store: Store) -> None:
        self.store = store
        self.editor.store_changed()
        self.actions_["import"].setEnabled(not store.read_only)

    def show_store(self, store: Store) -> None:
        """The launcher's window: the database is open now; fill the tab on screen and
        those the status bar counts (the title then names the database), then the other
        tabs and the timeline (pyqtgraph and the chart's data) in the next turn of the
        event loop, so the data is on screen without waiting for them."""
        self._set_store(store)
        self.first_page = None
        if isinstance(self.timeline, PendingTimeline):
            self.timeline.drawing()
        first = (self.current_kind(), *EDITABLE_KINDS)
        self.reload(first)
        self.retranslate_ui()
        self.size_columns()
        self.data_shown.emit()
        QTimer.singleShot(0, self, lambda: self._show_rest(first))

    def _show_rest(self, shown: tuple[str, ...]) -> None:
        if self.store is not None:  # the same reconciliation: nothing changed meanwhile
            self._fill(tuple(k for k in self.models if k not in shown))
        self._show_timeline()

    def _show_timeline(self) -> None:
        """Put the chart in place of its empty state (once) and draw the data."""
        if self.store is None or self._timeline_drawn():
            return
        sizes = self.splitter.sizes()
        timeline = self._make_timeline()
        old = self.centre.replaceWidget(0, timeline)
        self.timeline = timeline
        self.map_panel.attach(timeline)
        if old is not None:
            old.deleteLater()
        self.splitter.setSizes(sizes)
        timeline.refresh(self.store, self.filters)
        self.map_panel.refresh(self.store, self.filters)
        self._clamp_to_screen()  # the timeline may have made the window grow
        self.timeline_shown.emit()

    def retranslate_ui(self) -> None:
        names = {
            "promises": self.tr("Promises"),
            "checkpoints": self.tr("Checkpoints"),
            RecordKind.COMMITMENT: self.tr("Commitments"),
            RecordKind.DELIVERY: self.tr("Deliveries"),
            RecordKind.EVENT: self.tr("Policy events"),
            RecordKind.SERIES: self.tr("Series"),
            "sources": self.tr("Sources"),
        }
        for i, (kind, _cols) in enumerate(TABS):
            self.tabs.setTabText(i, names[kind])
        self.filter_dock.setWindowTitle(self.tr("Filters"))
        self.quality_dock.setWindowTitle(self.tr("Data quality"))
        # "<database> — <app>": ending with the application display name, so the window
        # system does not append it a second time (QPlatformWindow::formatWindowTitle).
        shown = self.store if self.store is not None else self.first_page
        if shown is None:
            self.setWindowTitle(f"{self.tr('Loading…')} — {APP_NAME}")
        else:
            self.setWindowTitle(
                shown.display_name
                + (self.tr(" (read-only)") if shown.read_only else "")
                + f" — {APP_NAME}"
            )
        from tracker.ui.navigation import retranslate_tab_actions

        retranslate_tab_actions(self)
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            # The desktop switched between light and dark while we run.
            from tracker.ui import theme

            self.timeline.set_dark(theme.is_dark())
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def _reconciled(self) -> Reconciliation:
        """One reconciliation per refresh, as of the date cursor, read by both its tabs."""
        from tracker.store import reconcile as rec

        if self._reconciliation is None:
            self._reconciliation = rec.reconcile(
                self.open_store(), Filters(date_to=self.balances_as_of)
            )
        return self._reconciliation

    def _frame(self, kind: str) -> pd.DataFrame:
        from tracker.ui.window_data import record_frame

        return record_frame(self.open_store(), kind, self._reconciled)

    def open_store(self) -> Store:
        """The open database (the launcher's window loads nothing before it has one)."""
        from tracker.ui.window_services import store_of

        return store_of(self)

    def _quality_visibility(self, visible: bool) -> None:
        self._quality_shown = visible
        if visible:
            self.quality_panel.refresh()

    def _refresh_charts(self) -> None:
        """The timeline and the map follow the filters; before the chart is drawn, the map
        waits for it (drawn in the next turn, pyqtgraph with it)."""
        if self._timeline_drawn():
            store = self.open_store()
            self.timeline.refresh(store, self.filters)
            self.map_panel.refresh(store, self.filters)

    def reload(self, kinds: tuple[str, ...]) -> None:
        """Refresh only the tables (and timeline lanes) a change touched."""
        self._reconciliation = None  # one reconciliation per refresh, read by both views
        if self._quality_shown:  # a panel restored on top (or open) shows current findings
            self.quality_panel.refresh()
        self._fill(kinds)
        self._refresh_charts()
        self.update_status()

    def _fill(self, kinds: tuple[str, ...]) -> None:
        for kind in dict.fromkeys(kinds):
            if kind in self.models:
                model = self.models[kind]
                model.set_filter(mask_for(kind, self.filters))
                model.set_frame(self._frame(kind))

    def reload_all(self) -> None:
        self.reload(tuple(self.models))

    def apply_filters(self, f: Filters) -> None:
        self.filters = f
        for kind, model in self.models.items():
            model.set_filter(mask_for(kind, f))
        self._refresh_charts()
        self.update_status()

    def update_status(self) -> None:
        shown = self.store if self.store is not None else self.first_page
        if shown is None:
            self.count_label.setText(self.tr("Loading the database…"))
            return
        loc = display_locale()
        parts = [
            self.tr("{0} of {1} {2}").format(
                loc.toString(m.rowCount()), loc.toString(m.total_rows()), self.tabs.tabText(i)
            )
            for i, m in enumerate(self.models.values())
            if m.kind in EDITABLE_KINDS
        ]
        self.count_label.setText(" · ".join(parts))
        self.db_label.setText(shown.describe())
        text = self._bundled_as_of()
        if self.balances_as_of is not None:
            text += (" · " if text else "") + self.tr("Promises as of {0}").format(
                self.balances_as_of.isoformat()
            )
        self.as_of_label.setText(text)

    def _bundled_as_of(self) -> str:
        """ "Bundled data as of …", or nothing for a database without bundled datasets."""
        from tracker.ui.window_data import bundled_as_of

        page = self.first_page if self.store is None else None
        day = page.bundled_as_of if page is not None else bundled_as_of(self.open_store())
        return self.tr("Bundled data as of {0}").format(day.isoformat()) if day else ""

    def set_balances_date(self, day: dt.date | None) -> None:
        """The timeline's date cursor moved: Promises and Checkpoints show the balances as
        of that day (the figures ``summary --to DAY`` prints), the map follows too."""
        if self.store is None or day == self.balances_as_of:
            return
        self.balances_as_of = day
        self._reconciliation = None
        for kind in ("promises", "checkpoints"):
            self.models[kind].set_frame(self._frame(kind))
        self.update_status()

    # -- selection ----------------------------------------------------------------------
    def show_tab(self, kind: str) -> None:
        self.tabs.setCurrentIndex([k for k, _ in TABS].index(kind))

    def selected_ids(self, kind: str | None = None) -> list[int]:
        kind = kind or self.current_kind()
        view = self.views[kind]
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        return [self.models[kind].record_id(r) for r in rows]

    def select_record(self, kind: str, record_id: int) -> bool:
        """Show ``kind``'s tab and select the record (clearing a filter that hides it)."""
        kind = "checkpoints" if kind == RecordKind.TALLY else kind  # tallies are listed there
        if kind not in self.models:
            return False
        model = self.models[kind]
        row = model.row_of(record_id)
        if row is None:
            return False
        self.show_tab(kind)
        select_row(self.views[kind], model, row)
        return True

    def show_checkpoint(self, record_id: int) -> int:
        """Select, in Deliveries, the records behind an official tally's sum; returns
        how many there are (none: the status bar says so)."""
        found = [c for c in self._reconciled().checkpoints if c.id == record_id]
        if not found:
            return 0
        ids = found[0].delivery_ids
        if not ids:
            self.statusBar().showMessage(
                self.tr("No recorded delivery is behind tally {0}.").format(found[0].label), 8000
            )
            return 0
        deliveries = RecordKind.DELIVERY
        if any(self.models[deliveries].row_of(i) is None for i in ids):
            self.filter_panel.clear()
            self.apply_filters(self.filter_panel.filters())
        model, view = self.models[deliveries], self.views[deliveries]
        self.show_tab(deliveries)
        select_rows(view, model, list(ids))
        self.statusBar().showMessage(
            self.tr("{0} deliveries add up to {1} of the tally's {2}.").format(
                display_locale().toString(len(ids)),
                display_locale().toString(found[0].recorded),
                display_locale().toString(found[0].tally),
            ),
            8000,
        )
        return len(ids)

    def go_to_record(self, kind: str, record_id: int) -> None:
        """Show a record even when the current filters hide it."""
        if not self.select_record(kind, record_id):
            self.filter_panel.clear()
            self.apply_filters(self.filter_panel.filters())
            self.select_record(kind, record_id)

    def _on_row_changed(self, kind: str, current: QModelIndex | QPersistentModelIndex) -> None:
        if not current.isValid() or self._syncing:
            return
        record_id = current.data(RecordIdRole)
        self.record_selected.emit(kind, record_id)
        self.timeline.highlight(kind, record_id)
        # Selecting a record selects it everywhere it appears, without switching tabs.
        related = related_records(self.models, kind, current.row(), record_id)
        self._syncing = True
        try:
            for other, rid in related:
                row = self.models[other].row_of(rid)
                if row is not None:
                    select_row(self.views[other], self.models[other], row)
        finally:
            self._syncing = False

    # -- state --------------------------------------------------------------------------
    def restore_state(self) -> None:
        """The layout as saved (see :class:`WindowLayout`), then the last filters."""
        self.restore_layout()
        saved = self.settings.json(keys.FILTERS, None)
        if saved:
            self.filter_panel.set_filters(FilterPanel.from_json(saved))
            self.apply_filters(self.filter_panel.filters())

    def set_theme(self, choice: str) -> bool:
        """Light, dark or follow the system; remembered. Returns whether it is now dark."""
        from tracker.ui import theme
        from tracker.ui.actions import apply_icons

        self.settings.set_text(keys.THEME, choice)
        dark = theme.apply(choice)
        apply_icons(self.actions_)
        self.timeline.set_dark(dark)
        self.map_panel.map_view.set_dark(dark)
        return dark

    def switch_language(self, choice: str) -> MainWindow:
        """Apply a language live: a new window in that language takes over this one's
        database, undo history, geometry and filters."""
        from tracker.ui import i18n

        self.settings.set_text(keys.LANGUAGE, choice)
        i18n.install(i18n.resolve(choice))
        self.save_state()
        replacement = MainWindow(self.store, self.settings, undo_stack=self.undo_stack)
        MainWindow.open_windows.append(replacement)
        replacement.show()
        self.close()
        return replacement

    def switch_store(self, store: Store) -> None:
        """Open another database in this window (its own, fresh undo history)."""
        old = self.store
        self.undo_stack.clear()
        self._set_store(store)
        self.reload_all()
        self.retranslate_ui()
        if old is not None and old is not store:
            old.close()
        if not store.read_only:
            self.settings.add_recent(store.url)
