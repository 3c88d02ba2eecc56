"""The interactive timeline: the chart, an overview strip, tooltips, click-to-select.

The main window owns one :class:`TimelineWidget`; it calls :meth:`refresh` when the
filters or the data change and :meth:`highlight` when a table row is selected, and
listens to :attr:`record_clicked` to select the record in the tables.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.present.chart_marks import ChartSpec
from tracker.present.chart_spec import build_chart_spec
from tracker.present.formats import date_of, day_number
from tracker.timeline.chart import PLEDGES_MIN_PX, TimelineChart
from tracker.timeline.gc_pause import collection_paused
from tracker.timeline.style import DARK, LIGHT

MIN_SPAN_DAYS = 3.0
OVERVIEW_PX = 30
#: Least heights of the lanes on screen (the context lane's includes its date axis).
DOSES_LEAST_PX = 84
EVENTS_LEAST_PX = 60
CONTEXT_LEAST_PX = 56
#: The least of the chart the window shows (it scrolls below its full height).
MIN_VISIBLE_PX = 200
#: Room beside the first and last days when the whole range is shown (the biggest
#: delivery marker's radius and its outline).
FIT_MARGIN_PX = 22


class TimelineWidget(QWidget):
    """Doses, events and context lanes on one date axis, with zoom, pan and selection."""

    #: (kind, database id) of the marker the user clicked: "deliveries" or "events".
    record_clicked = Signal(str, int)
    #: The visible dates changed (zoom, pan, overview, fit).
    range_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.tooltip_text = ""  # what the last hover showed ("" when nothing is under it)
        self.highlighted: tuple[str, int] | None = None
        self.chart = TimelineChart(DARK if dark else LIGHT, self)
        self.chart.drop_footer()
        self.chart.set_compact()
        # On screen every lane keeps a usable height (at least its title's): on a short
        # screen the chart scrolls rather than squeezing them.
        self._lane_least = (
            (self.chart.doses, DOSES_LEAST_PX),
            (self.chart.pledges, PLEDGES_MIN_PX),
            (self.chart.events, EVENTS_LEAST_PX),
            (self.chart.context, CONTEXT_LEAST_PX),
        )
        for plot, least in self._lane_least:
            plot.setMinimumHeight(least)
        self.chart.refitted.connect(self._keep_minimum_height)
        self.chart.setMinimumHeight(320)
        self.chart.doses.vb.sigResized.connect(self._refit_if_fitted)
        self.overview = pg.PlotWidget(self)
        self.overview.setFixedHeight(OVERVIEW_PX)
        self.overview.hideAxis("left")
        self.overview.hideAxis("bottom")
        self.overview.hideButtons()
        self.overview.setMenuEnabled(False)
        self.overview.setMouseEnabled(x=False, y=False)
        self.overview_committed = self.overview.plot()
        self.overview_delivered = self.overview.plot()
        self.region = pg.LinearRegionItem(orientation="vertical", swapMode="block")
        self.region.setZValue(10)
        self.overview.addItem(self.region)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # On a short screen the chart scrolls rather than squeezing its lanes into each
        # other (or its date labels under the overview): the window and the tables' rows
        # keep fitting, nothing is cut.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("timeline_scroll")
        self.scroll_area.setWidget(self.chart)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(
            pg.QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.scroll_area.setFocusPolicy(pg.QtCore.Qt.FocusPolicy.NoFocus)
        self.scroll_area.setMinimumHeight(MIN_VISIBLE_PX)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.overview)
        self._syncing = False
        self.region.sigRegionChanged.connect(self._on_region)
        self.chart.x_range_changed.connect(self._on_chart_range)
        scene = self.chart.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self._set_overview_style()
        # Shown over the chart when the filters match nothing, so an empty plot never
        # looks like a plot that failed to draw.
        self.empty_label = QLabel(self.scroll_area.viewport())
        self.empty_label.setObjectName("timeline_empty")
        self.empty_label.setAlignment(pg.QtCore.Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(
            "QLabel { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 10px 16px; font-size: 12pt; }"
        )
        self.empty_label.hide()
        # F6 brings the keyboard here; Shift+arrows pan, +/- zoom (Ctrl+0 fits, a window
        # action); plain arrows, PgUp/PgDn, Home/End and Space drive the map's date cursor.
        self.setFocusPolicy(pg.QtCore.Qt.FocusPolicy.StrongFocus)
        from tracker.timeline.scrubber import Scrubber

        self.scrubber = Scrubber(self)  # the map's "as of" cursor

    def _fit_lane_titles(self) -> None:
        """Each lane at least as tall as its rotated axis title ("Eventos de política"),
        which would otherwise run into the next lane's title or the context heading."""
        for plot, least in self._lane_least:
            label = plot.getAxis("left").label
            if not plot.isVisible():  # the pledges lane when there are none
                continue
            need = int(label.boundingRect().width()) + 4 if label.isVisible() else 0
            if plot.minimumHeight() != max(least, need):
                plot.setMinimumHeight(max(least, need))
        self._keep_minimum_height()

    def _keep_minimum_height(self) -> None:
        need = self.chart.ci.effectiveSizeHint(pg.QtCore.Qt.SizeHint.MinimumSize).height()
        need = max(320, int(need) + 2)
        # Inside the scroll area: a legend gaining or losing rows changes what scrolls,
        # never the window's chart/tables split.
        if need != self.chart.minimumHeight():
            self.chart.setMinimumHeight(need)

    # -- our API ------------------------------------------------------------------------
    def empty_message(self) -> str:
        return self.tr("No records match these filters")

    def empty_message_visible(self) -> bool:
        return not self.empty_label.isHidden()

    @staticmethod
    def _is_empty(spec: ChartSpec) -> bool:
        lines = np.concatenate(
            [spec.committed.y, spec.delivered.y, [spec.committed.baseline, spec.delivered.baseline]]
        )
        return not len(spec.deliveries) and not len(spec.events) and not np.any(lines)

    def _place_empty_label(self) -> None:
        self.empty_label.setText(self.empty_message())
        self.empty_label.adjustSize()
        r = self.scroll_area.viewport().rect()
        self.empty_label.move(
            (r.width() - self.empty_label.width()) // 2,
            (r.height() - self.empty_label.height()) // 3,
        )

    @property
    def spec(self) -> ChartSpec | None:
        return self.chart.spec

    def set_spec(self, spec: ChartSpec) -> None:
        """(Re)draw; keeps the zoom when the date range is unchanged."""
        with collection_paused():
            self._set_spec(spec)

    def _set_spec(self, spec: ChartSpec) -> None:
        old = self.chart.spec
        same_range = old is not None and (old.date_from, old.date_to) == (
            spec.date_from,
            spec.date_to,
        )
        x0, x1 = spec.x_from, spec.x_to
        pad = (x1 - x0) * 0.02
        # The overview's bounds move first, with the region muted: clamping the region
        # to the old bounds used to pan the chart back onto the old (maybe empty) range.
        self._syncing = True
        try:
            self.region.setBounds((None, None))
            self.region.setRegion((x0, x1))
            self.region.setBounds((x0 - pad, x1 + pad))
        finally:
            self._syncing = False
        self.chart.set_spec(spec, keep_range=same_range)
        self._fit_lane_titles()
        # Laid out now, not at the next turn of the event loop: the first paint is then
        # the final one (painted before the layout, every lane was painted twice), and the
        # range fits the lane's real width the first time.
        self.chart.ci.layout.activate()
        if not same_range:
            self.fit_all()
        for vb in (self.chart.doses.vb, self.chart.events.vb, self.chart.context.vb):
            vb.setLimits(minXRange=MIN_SPAN_DAYS)
        self.overview.setXRange(x0 - pad, x1 + pad, padding=0)
        px, py = spec.committed.polyline(x0, x1)
        dx, dy = spec.delivered.polyline(x0, x1)
        style = self.chart.style
        self.overview_committed.setData(px, py, pen=pg.mkPen(style.committed, width=1.5))
        self.overview_delivered.setData(dx, dy, pen=pg.mkPen(style.delivered, width=1.5))
        top = max(float(np.max(py)), float(np.max(dy)), 1.0)
        self.overview.setYRange(0, top * 1.1, padding=0)
        self.empty_label.setVisible(self._is_empty(spec))
        if self.empty_message_visible():
            self._place_empty_label()
            self.empty_label.raise_()
        self._on_chart_range(*self.chart.x_range())
        self.scrubber.set_range(spec.date_from, spec.date_to)
        if self.highlighted is not None:
            self.highlight(*self.highlighted)

    def refresh(self, store, filters: Filters) -> None:
        """Rebuild from the store for ``filters`` (what the main window calls)."""
        with collection_paused():  # 0.4 s of 2 s at 100,000 deliveries (gc_pause.py)
            self.set_spec(build_chart_spec(store, filters, lang=self.lang))

    def fit_all(self) -> None:
        """The whole range, with room for the markers on its first and last days (a
        delivery on the last day was cut in half at the edge)."""
        spec = self.chart.spec
        if spec is None:
            return
        x0, x1 = spec.x_from, spec.x_to
        width = self.chart.doses.vb.width()
        width = width if width >= 40 else 200.0  # not laid out yet: refitted when it is
        pad = (x1 - x0) * FIT_MARGIN_PX / width
        self.chart.set_x_range(x0 - pad, x1 + pad)
        self._fitted = self.chart.x_range()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """First and last calendar day (at least partly) in view, within the data's range."""
        x0, x1 = self.chart.x_range()
        first, last = date_of(x0 + 1e-6), date_of(x1 - 1e-6)
        spec = self.chart.spec
        if spec is not None:
            first = min(max(first, spec.date_from), spec.date_to)
            last = max(min(last, spec.date_to), spec.date_from)
        return first, last

    def set_visible_range(self, first: dt.date, last: dt.date) -> None:
        self.chart.set_x_range(day_number(first), day_number(last) + 1.0)

    def highlight(self, kind: str, record_id: int) -> bool:
        """Ring the marker of a record (and bring it into view); False if not drawn."""
        spec = self.chart.spec
        self.highlighted = (kind, int(record_id))
        if spec is None or kind not in (RecordKind.DELIVERY, RecordKind.EVENT):
            self.chart.clear_highlight()
            return False
        ids = spec.deliveries.record_id if kind == RecordKind.DELIVERY else spec.events.record_id
        found = np.nonzero(ids == int(record_id))[0]
        if not len(found):
            self.chart.clear_highlight()
            return False
        i = int(found[0])
        self.chart.highlight_index(kind, i)
        x = spec.deliveries.x[i] if kind == RecordKind.DELIVERY else spec.events.start[i]
        x0, x1 = self.chart.x_range()
        if not x0 <= x <= x1:
            half = (x1 - x0) / 2
            self.chart.set_x_range(x - half, x + half)
        return True

    def set_dark(self, dark: bool) -> None:
        self.chart.set_style(DARK if dark else LIGHT)
        self._set_overview_style()
        if self.chart.spec is not None:
            self.set_spec(self.chart.spec)

    def _refit_if_fitted(self, *_args) -> None:
        """Still showing everything: keep the end markers' margin right for the new
        width (the plot narrows without the widget resizing when a panel beside the
        timeline or the legend takes room)."""
        if self.chart.spec is not None and self.chart.x_range() == getattr(self, "_fitted", None):
            self.fit_all()

    # -- Qt overrides -------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit_if_fitted()
        if self.empty_message_visible():
            self._place_empty_label()

    def changeEvent(self, event) -> None:
        if event.type() == pg.QtCore.QEvent.Type.LanguageChange:
            self.empty_label.setText(self.empty_message())
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        Key = pg.QtCore.Qt.Key
        x0, x1 = self.chart.x_range()
        span = x1 - x0
        key = event.key()
        if key in (Key.Key_Left, Key.Key_Right):  # with Shift (plain ones: the scrubber)
            step = span * 0.1 * (1 if key == Key.Key_Right else -1)
            self.chart.set_x_range(x0 + step, x1 + step)
        elif key in (Key.Key_Plus, Key.Key_Equal, Key.Key_Minus):
            half = span * (0.4 if key != Key.Key_Minus else 0.625)
            mid = (x0 + x1) / 2
            if 2 * half >= MIN_SPAN_DAYS:
                self.chart.set_x_range(mid - half, mid + half)
        elif key == Key.Key_Home:
            self.fit_all()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- interaction --------------------------------------------------------------------
    def record_at(self, scene_pos: QPointF) -> tuple[str, int] | None:
        """(kind, index in the spec) of the marker or label under a scene point."""
        # A tally's checkpoint is drawn on top of the shipment that often shares its day.
        i = self.chart.checkpoint_at(scene_pos)
        if i is not None:
            return "checkpoints", i
        i = self.chart.delivery_at(scene_pos)
        if i is not None:
            return RecordKind.DELIVERY, i
        i = self.chart.event_at(scene_pos)
        return (RecordKind.EVENT, i) if i is not None else None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        spec = self.chart.spec
        text = ""
        hit = self.record_at(scene_pos) if spec is not None else None
        if hit is not None:
            kind, i = hit
            text = getattr(spec, kind).tooltip(i)
        elif spec is not None:
            badge = self.chart.event_labels.badge_at(scene_pos)
            if badge is not None:
                titles = [spec.events.title[i] for i in badge.indices[:12]]
                more = badge.count - len(titles)
                text = "\n".join(titles + ([f"… +{more}"] if more > 0 else []))
        self.tooltip_text = text
        if text:
            view_pos = self.chart.mapFromScene(scene_pos)
            QToolTip.showText(self.chart.mapToGlobal(view_pos) + QPoint(14, 14), text, self.chart)
        else:
            QToolTip.hideText()

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != pg.QtCore.Qt.MouseButton.LeftButton or self.chart.spec is None:
            return
        pos = event.scenePos()
        hit = self.record_at(pos)
        spec = self.chart.spec
        if hit is not None:
            kind, i = hit
            ids = getattr(spec, kind).record_id
            self.highlighted = (kind, int(ids[i]))
            self.chart.highlight_index(kind, i)
            event.accept()
            self.record_clicked.emit(kind, int(ids[i]))
            return
        badge = self.chart.event_labels.badge_at(pos)
        if badge is not None:  # zoom into the cluster so its labels get room
            xs = spec.events.start[list(badge.indices)]
            lo, hi = float(np.min(xs)), float(np.max(xs))
            pad = max((hi - lo) * 0.6, MIN_SPAN_DAYS * 2)
            self.chart.set_x_range(lo - pad, hi + pad)
            event.accept()

    def _on_region(self) -> None:
        if self._syncing:
            return
        lo, hi = self.region.getRegion()
        if hi - lo >= MIN_SPAN_DAYS:
            self._syncing = True
            try:
                self.chart.set_x_range(lo, hi)
            finally:
                self._syncing = False

    def _on_chart_range(self, x0: float, x1: float) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.region.setRegion((x0, x1))
            finally:
                self._syncing = False
        self.range_changed.emit(*self.visible_range())

    def _set_overview_style(self) -> None:
        style = self.chart.style
        self.overview.setBackground(style.background)
        self.region.setBrush(pg.mkBrush(style.qcolor("committed", 40)))
        for line in self.region.lines:
            line.setPen(pg.mkPen(style.committed, width=2))
