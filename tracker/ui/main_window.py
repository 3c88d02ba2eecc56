"""The main window: composes the filter panel, timeline area, record tables and status bar.

Actions and menus live in ``ui/actions.py``; record editing in ``ui/editing.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from tracker import APP_NAME
from tracker.domain.filters import Filters
from tracker.ui import settings as keys
from tracker.ui.delegates import RecordDelegate
from tracker.ui.filter_panel import FilterPanel
from tracker.ui.filtering import mask_for
from tracker.ui.locale import display_locale
from tracker.ui.settings import Settings
from tracker.ui.table_models import (
    CHECKPOINT_COLUMNS,
    COMMITMENT_COLUMNS,
    DELIVERY_COLUMNS,
    EVENT_COLUMNS,
    PROMISE_COLUMNS,
    SERIES_COLUMNS,
    SOURCE_COLUMNS,
    RecordIdRole,
    RecordTableModel,
    UrlRole,
)

if TYPE_CHECKING:  # SQLAlchemy and pandas load after the first paint (see ui/app.py)
    from tracker.store.database import Store

TABS = (
    ("promises", PROMISE_COLUMNS),
    ("checkpoints", CHECKPOINT_COLUMNS),
    ("commitments", COMMITMENT_COLUMNS),
    ("deliveries", DELIVERY_COLUMNS),
    ("events", EVENT_COLUMNS),
    ("series", SERIES_COLUMNS),
    ("sources", SOURCE_COLUMNS),
)
EDITABLE_KINDS = ("commitments", "deliveries", "events")
#: Rows every table shows however small the screen (1366×768 included).
MIN_TABLE_ROWS = 8
#: The tables' share of the chart/tables split when nothing was saved.
TABLE_SHARE = 0.3


class RecordTableView(QTableView):
    """A record table: uniform rows, sortable in the model, Ctrl+click opens a source link."""

    def __init__(self, parent=None) -> None:
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

    def _maybe_open_link(self, index) -> None:
        url = index.data(UrlRole)
        if url and (self.window() is None or True):
            from PySide6.QtWidgets import QApplication

            if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
                QDesktopServices.openUrl(QUrl(url))


class MainWindow(QMainWindow):
    """The window staff live in. Owns the undo stack of the open database."""

    record_selected = Signal(str, int)  # kind, record id
    #: Emitted once a window made without a store (the launcher's) shows its data.
    data_shown = Signal()
    #: Emitted once the launcher's window has drawn its timeline (right after the data).
    timeline_shown = Signal()

    #: Windows replaced on a language switch stay referenced until the app quits.
    open_windows: list[MainWindow] = []

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
        self.settings = settings or Settings()
        self.undo_stack = undo_stack or QUndoStack(self)
        self.undo_stack.setParent(self)
        self.models: dict[str, RecordTableModel] = {}
        self.views: dict[str, RecordTableView] = {}
        self.filters = Filters()
        self._syncing = False
        self._reconciliation = None
        #: The date cursor's day: Promises and Checkpoints are balanced as of it.
        self.balances_as_of = None
        self._unsized: set[str] = set()  # tabs whose columns are fitted when first shown
        self._sizing_on_show = False

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
        self.quality_panel.record_requested.connect(self._go_to_record)
        self._quality_shown = False  # on screen (not hidden behind the Filters tab)
        self.quality_dock.visibilityChanged.connect(self._quality_visibility)

        self.tabs = QTabWidget(self)
        for kind, columns in TABS:
            model = RecordTableModel(kind, columns, self)
            view = RecordTableView(self)
            view.setModel(model)
            keys = [c.key for c in columns]
            view.sortByColumn(
                keys.index("date") if "date" in keys else 0, Qt.SortOrder.AscendingOrder
            )
            view.setObjectName(f"table_{kind}")
            view.setAccessibleName(kind)
            self.models[kind] = model
            self.views[kind] = view
            self.tabs.addTab(view, "")
            view.selectionModel().currentRowChanged.connect(
                lambda cur, _prev, k=kind: self._on_row_changed(k, cur)
            )
        self.timeline = self._make_timeline() if store is not None else self._placeholder()
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
    def _make_timeline(self) -> QWidget:
        from tracker.ui.timeline_area import make_timeline_area

        return make_timeline_area(self)

    def _placeholder(self) -> QWidget:
        label = QLabel(self.tr("Loading the database…"), self)
        label.setObjectName("timeline_loading")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def show_store(self, store: Store) -> None:
        """The launcher's window: the database is open now; fill the tables that were
        painted empty under "Loading the database…" (the title then names the database),
        then draw the timeline (pyqtgraph and the chart's data) in the next turn of the
        event loop, so the data is on screen without waiting for the chart."""
        self.store = store
        self.editor.store_changed()
        if "import" in self.actions_:
            self.actions_["import"].setEnabled(not store.read_only)
        if isinstance(self.timeline, QLabel):
            self.timeline.setText(self.tr("Drawing the timeline…"))
        self.reload_all()
        self.retranslate_ui()
        self._size_columns()
        self.data_shown.emit()
        QTimer.singleShot(0, self._show_timeline)

    def _show_timeline(self) -> None:
        """Put the chart in place of the placeholder (once) and draw the data."""
        if self.store is None or hasattr(self.timeline, "refresh"):
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
            "commitments": self.tr("Commitments"),
            "deliveries": self.tr("Deliveries"),
            "events": self.tr("Policy events"),
            "series": self.tr("Series"),
            "sources": self.tr("Sources"),
        }
        for i, (kind, _cols) in enumerate(TABS):
            self.tabs.setTabText(i, names[kind])
        self.filter_dock.setWindowTitle(self.tr("Filters"))
        self.quality_dock.setWindowTitle(self.tr("Data quality"))
        # "<database> — <app>": ending with the application display name, so the window
        # system does not append it a second time (QPlatformWindow::formatWindowTitle).
        if self.store is None:
            self.setWindowTitle(f"{self.tr('Loading…')} — {APP_NAME}")
        else:
            self.setWindowTitle(
                self.store.display_name
                + (self.tr(" (read-only)") if self.store.read_only else "")
                + f" — {APP_NAME}"
            )
        if hasattr(self, "actions_"):
            from tracker.ui.navigation import retranslate_tab_actions

            retranslate_tab_actions(self)
        self.update_status()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The window frame is known only once shown; a size set by the caller since
        # restore_state (a script, a test) is theirs to keep.
        if self.size() == getattr(self, "_restored_size", None) and not self._fits_screen():
            self._default_geometry()
        self._restored_size = None
        if getattr(self, "_split_pending", False):
            self._split_pending = False
            self._default_split()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self.timeline, "set_dark"):
            # The desktop switched between light and dark while we run.
            from tracker.ui import theme

            self.timeline.set_dark(theme.is_dark())
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def _frame(self, kind: str):
        from tracker.store import frames

        if kind == "sources":
            return frames.all_sources(self.store)
        if kind == "series":
            return frames.series_points(self.store)
        if kind in ("promises", "checkpoints"):
            from tracker.store import reconcile as rec

            if self._reconciliation is None:
                self._reconciliation = rec.reconcile(
                    self.store, Filters(date_to=self.balances_as_of)
                )
            if kind == "promises":
                from tracker.io.per_capita import per_100

                frame = rec.promises_frame(self._reconciliation)
                figures = [
                    per_100(p.recipient, p.delivered, p.as_of)[0]
                    for p in self._reconciliation.promises
                ]
                frame["per_100"] = figures  # same order: one row per promise
                return frame
            return rec.checkpoints_frame(self._reconciliation)
        return getattr(frames, kind)(self.store)

    def _quality_visibility(self, visible: bool) -> None:
        self._quality_shown = visible
        if visible:
            self.quality_panel.refresh()

    def reload(self, kinds: tuple[str, ...]) -> None:
        """Refresh only the tables (and timeline lanes) a change touched."""
        self._reconciliation = None  # one reconciliation per refresh, read by both views
        if self._quality_shown:  # a panel restored on top (or open) shows current findings
            self.quality_panel.refresh()
        for kind in kinds:
            if kind in self.models:
                model = self.models[kind]
                model.set_filter(mask_for(kind, self.filters))
                model.set_frame(self._frame(kind))
        if hasattr(self.timeline, "refresh"):
            self.timeline.refresh(self.store, self.filters)
            self.map_panel.refresh(self.store, self.filters)
        # else: the map follows the timeline (drawn in the next turn, pyqtgraph with it)
        self.update_status()

    def reload_all(self) -> None:
        self.reload(tuple(self.models))

    def apply_filters(self, f: Filters) -> None:
        self.filters = f
        for kind, model in self.models.items():
            model.set_filter(mask_for(kind, f))
        if hasattr(self.timeline, "refresh"):
            self.timeline.refresh(self.store, f)
            self.map_panel.refresh(self.store, f)
        self.update_status()

    def update_status(self) -> None:
        if self.store is None:
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
        self.db_label.setText(self.store.describe())
        from tracker.store.queries import datasets

        try:
            dates = [d["as_of"] for d in datasets(self.store) if d["as_of"]]
        except Exception:  # an old or foreign database without the table
            dates = []
        text = self.tr("Bundled data as of {0}").format(min(dates).isoformat()) if dates else ""
        if self.balances_as_of is not None:
            text += (" · " if text else "") + self.tr("Promises as of {0}").format(
                self.balances_as_of.isoformat()
            )
        self.as_of_label.setText(text)

    def set_balances_date(self, day) -> None:  # noqa: ANN001 (datetime.date)
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
    def current_kind(self) -> str:
        return TABS[self.tabs.currentIndex()][0]

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
        kind = "checkpoints" if kind == "tallies" else kind  # tallies are listed there
        if kind not in self.models:
            return False
        model = self.models[kind]
        row = model.row_of(record_id)
        if row is None:
            return False
        self.show_tab(kind)
        view = self.views[kind]
        index = model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)
        return True

    def show_checkpoint(self, record_id: int) -> int:
        """Select, in Deliveries, the records behind an official tally's sum; returns
        how many there are (none: the status bar says so)."""
        from tracker.store.reconcile import reconcile

        if self._reconciliation is None:
            self._reconciliation = reconcile(self.store, Filters(date_to=self.balances_as_of))
        found = [c for c in self._reconciliation.checkpoints if c.id == record_id]
        if not found:
            return 0
        ids = found[0].delivery_ids
        if not ids:
            self.statusBar().showMessage(
                self.tr("No recorded delivery is behind tally {0}.").format(found[0].label), 8000
            )
            return 0
        if any(self.models["deliveries"].row_of(i) is None for i in ids):
            self.filter_panel.clear()
            self.apply_filters(self.filter_panel.filters())
        model, view = self.models["deliveries"], self.views["deliveries"]
        self.show_tab("deliveries")
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
        self.statusBar().showMessage(
            self.tr("{0} deliveries add up to {1} of the tally's {2}.").format(
                display_locale().toString(len(ids)),
                display_locale().toString(found[0].recorded),
                display_locale().toString(found[0].tally),
            ),
            8000,
        )
        return len(ids)

    def _go_to_record(self, kind: str, record_id: int) -> None:
        """Show a record even when the current filters hide it."""
        if not self.select_record(kind, record_id):
            self.filter_panel.clear()
            self.apply_filters(self.filter_panel.filters())
            self.select_record(kind, record_id)

    def _on_row_changed(self, kind: str, current) -> None:
        if not current.isValid() or self._syncing:
            return
        record_id = current.data(RecordIdRole)
        self.record_selected.emit(kind, record_id)
        if hasattr(self.timeline, "highlight"):
            self.timeline.highlight(kind, record_id)
        # Selecting a record selects it everywhere it appears, without switching tabs:
        # a commitment is also a promise; a delivery points at the commitment it fulfils.
        related: list[tuple[str, int]] = []
        if kind in ("commitments", "promises"):
            related = [("promises" if kind == "commitments" else "commitments", record_id)]
        elif kind == "deliveries":
            model = self.models["deliveries"]
            cid = model.value(current.row(), "commitment_id")
            if cid is not None and cid == cid:  # not NaN
                related = [("commitments", int(cid)), ("promises", int(cid))]
        self._syncing = True
        try:
            for other, rid in related:
                row = self.models[other].row_of(rid)
                if row is not None:
                    view = self.views[other]
                    view.selectionModel().setCurrentIndex(
                        self.models[other].index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    view.scrollTo(self.models[other].index(row, 0))
        finally:
            self._syncing = False

    # -- layout -------------------------------------------------------------------------
    def table_height(self, rows: int) -> int:
        """Height of the tab widget showing ``rows`` table rows (tab bar, header, scroll bar)."""
        view = self.views["promises"]
        row = view.verticalHeader().defaultSectionSize()
        header = view.horizontalHeader().sizeHint().height()
        scroll = view.horizontalScrollBar().sizeHint().height()
        bar = self.tabs.tabBar().sizeHint().height()
        return bar + header + rows * row + scroll + 2 * view.frameWidth() + 8

    def _default_split(self) -> None:
        """The tables get their (remembered) share of the height, and at least 8 rows."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        tables = max(self.table_height(MIN_TABLE_ROWS), int(total * self._table_share))
        self.splitter.setSizes([max(total - tables, 1), tables])

    def table_share(self) -> float:
        sizes = self.splitter.sizes()
        return sizes[1] / sum(sizes) if sum(sizes) else TABLE_SHARE

    def _fits_screen(self) -> bool:
        screen = self.screen().availableGeometry() if self.screen() else None
        return (
            screen is None
            or screen.contains(self.frameGeometry())
            or (self.isMaximized() or self.isFullScreen())
        )

    def _default_geometry(self) -> None:
        """Most of the screen, centred, so the timeline's lanes and 8 table rows have room."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            frame = self.frameGeometry().size() - self.geometry().size()
            width = min(screen.width(), max(1200, int(screen.width() * 0.92)))
            height = min(screen.height(), max(800, int(screen.height() * 0.92)))
            self.resize(width - frame.width(), height - frame.height())
            box = self.frameGeometry()  # move() places the frame's top-left corner
            box.moveCenter(screen.center())
            self.move(box.topLeft())
        else:
            self.resize(1400, 900)

    def _clamp_docks(self) -> None:
        """A restored filter panel never takes more than a quarter of the window."""
        widest = max(self.filter_panel.minimumSizeHint().width() + 24, self.width() // 4)
        for dock in (self.filter_dock, self.quality_dock):
            if dock.width() > widest:
                self.resizeDocks([dock], [widest], Qt.Orientation.Horizontal)

    # -- state --------------------------------------------------------------------------
    def restore_state(self) -> None:
        s = self.settings
        restored = False
        if (geometry := s.bytes(keys.GEOMETRY)) is not None:
            # Only a geometry that fits this screen (saved on a bigger one, it would run
            # past the bottom and hide the status bar).
            restored = self.restoreGeometry(geometry) and self._fits_screen()
        if not restored:
            self._default_geometry()
        if (state := s.bytes(keys.STATE)) is not None:
            self.restoreState(state)
        self._clamp_docks()
        self._restored_size = self.size()
        # A share, not pixels: saved on a big screen, pixels would leave a small one with
        # a sliver of chart. Applied when first shown (it needs the laid-out height).
        try:
            share = float(s.text(keys.TABLE_SHARE, "") or TABLE_SHARE)
        except ValueError:
            share = TABLE_SHARE
        self._table_share = min(max(share, 0.2), 0.6)
        self._split_pending = True
        if self.store is not None:
            self._size_columns()
        saved = s.json(keys.FILTERS, None)
        if saved:
            self.filter_panel.set_filters(FilterPanel.from_json(saved))
            self.apply_filters(self.filter_panel.filters())

    def _size_columns(self) -> None:
        """Saved column widths, else fit to the data (so after it is loaded): the tab on
        screen now, each other tab when it is first shown (fitting seven tables to their
        contents was a tenth of the time to data on screen)."""
        self._unsized = set()
        for kind, view in self.views.items():
            if (header := self.settings.bytes(keys.HEADERS.format(kind=kind))) is not None:
                view.horizontalHeader().restoreState(header)
            else:
                self._unsized.add(kind)
        if not self._sizing_on_show:
            self._sizing_on_show = True
            self.tabs.currentChanged.connect(lambda _i: self._fit_columns(self.current_kind()))
        self._fit_columns(self.current_kind())

    def _fit_columns(self, kind: str) -> None:
        """Fit ``kind``'s columns to its data, once, if no widths were saved."""
        if kind not in self._unsized:
            return
        self._unsized.discard(kind)
        view = self.views[kind]
        view.resizeColumnsToContents()
        for col in range(view.model().columnCount()):
            view.setColumnWidth(col, min(view.columnWidth(col), 320))

    def _clamp_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return
        geo = self.frameGeometry()
        if not screen.intersects(geo):
            self.move(screen.topLeft())
        if geo.width() > screen.width() or geo.height() > screen.height():
            self.resize(min(geo.width(), screen.width()), min(geo.height(), screen.height()))

    def save_state(self) -> None:
        s = self.settings
        s.set_bytes(keys.GEOMETRY, self.saveGeometry())
        s.set_bytes(keys.STATE, self.saveState())
        if self.isVisible():
            s.set_text(keys.TABLE_SHARE, f"{self.table_share():.3f}")
        if self.store is not None:  # not the empty tables of a window still loading
            for kind, view in self.views.items():
                if kind in self._unsized:  # never shown: nothing to keep
                    continue
                s.set_bytes(keys.HEADERS.format(kind=kind), view.horizontalHeader().saveState())
        s.set_json(keys.FILTERS, self.filter_panel.to_json())
        s.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)

    def set_theme(self, choice: str) -> bool:
        """Light, dark or follow the system; remembered. Returns whether it is now dark."""
        from tracker.ui import theme

        self.settings.set_text(keys.THEME, choice)
        dark = theme.apply(choice)
        from tracker.ui.actions import apply_icons

        apply_icons(self, self.actions_)
        if hasattr(self.timeline, "set_dark"):
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
        self.store = store
        self.editor.store_changed()
        if "import" in self.actions_:
            self.actions_["import"].setEnabled(not store.read_only)
        self.reload_all()
        self.retranslate_ui()
        if old is not store:
            old.close()
        if not store.read_only:
            self.settings.add_recent(store.url)
