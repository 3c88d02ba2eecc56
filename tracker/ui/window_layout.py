"""The main window's geometry and remembered state: size on this screen, the chart/tables
split, column widths, docks, and saving it all on close.

:class:`WindowLayout` is the base of :class:`~tracker.ui.main_window.MainWindow`; it
knows only the widgets it lays out (declared below), none of the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabWidget

from tracker.ui import settings as keys
from tracker.ui.record_tabs import TABS

if TYPE_CHECKING:
    from PySide6.QtCore import QSize

    from tracker.store.database import Store
    from tracker.ui.filter_panel import FilterPanel
    from tracker.ui.record_tabs import RecordTableView
    from tracker.ui.settings import Settings

#: Rows every table shows however small the screen (1366×768 included).
MIN_TABLE_ROWS = 8
#: The tables' share of the chart/tables split when nothing was saved.
TABLE_SHARE = 0.3


class WindowLayout(QMainWindow):
    """Sizes and remembered layout of the main window (its subclass builds the widgets)."""

    store: Store | None
    settings: Settings
    views: dict[str, RecordTableView]
    tabs: QTabWidget
    splitter: QSplitter
    filter_panel: FilterPanel
    filter_dock: QDockWidget
    quality_dock: QDockWidget

    #: Tabs whose columns are fitted to their data when first shown.
    _unsized: set[str]
    _sizing_on_show = False
    _restored_size: QSize | None = None
    _split_pending = False
    _table_share = TABLE_SHARE

    def current_kind(self) -> str:
        return TABS[self.tabs.currentIndex()][0]

    # -- Qt overrides -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window frame is known only once shown; a size set by the caller since
        # restore_state (a script, a test) is theirs to keep.
        if self.size() == self._restored_size and not self._fits_screen():
            self._default_geometry()
        self._restored_size = None
        if self._split_pending:
            self._split_pending = False
            self._default_split()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # -- sizes --------------------------------------------------------------------------
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

    def _clamp_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return
        geo = self.frameGeometry()
        if not screen.intersects(geo):
            self.move(screen.topLeft())
        if geo.width() > screen.width() or geo.height() > screen.height():
            self.resize(min(geo.width(), screen.width()), min(geo.height(), screen.height()))

    # -- columns ------------------------------------------------------------------------
    def size_columns(self) -> None:
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

    # -- remembered state ---------------------------------------------------------------
    def restore_layout(self) -> None:
        """Geometry, docks, the split and column widths as saved (or fitted to this screen)."""
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
            self.size_columns()

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
