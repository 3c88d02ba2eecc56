"""The chart itself: title, legend, three lanes on one linked date axis, footer.

:class:`TimelineChart` draws a :class:`~tracker.present.chart_marks.ChartSpec`. The screen
widget (``widget.py``) adds interaction around it; exports (``export.py``) render
the same chart, in the export style, without showing it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

from tracker.present.chart_marks import ChartSpec
from tracker.present.formats import format_date, format_short
from tracker.timeline.axes import CalendarGridItem, DayAxisItem, FigureAxisItem
from tracker.timeline.cached_scatter import CachedScatter
from tracker.timeline.chart_hits import ChartHits
from tracker.timeline.chart_parts import (
    WrappingLabel,
    fit_top,
    format_date_short,
    marker_sizes,
    step_pair,
)
from tracker.timeline.chart_texts import COMPACT_TEXT_PX, ChartTexts
from tracker.timeline.event_lane import EventLabelsItem, SpanItem
from tracker.timeline.gap_fill import GapFillItem
from tracker.timeline.point_labels import PointLabelsItem, PointSet
from tracker.timeline.style import (
    LIGHT,
    ChartStyle,
    category_colour,
    category_symbol,
    vaccine_style,
)

LEFT_AXIS_PX = 78
DOSES_ROW, PLEDGES_ROW, EVENTS_ROW = 3, 4, 5
PLEDGES_MIN_PX = 44
EVENT_MARKER_FROM_BOTTOM_PX = 30.0


class TimelineChart(ChartHits, ChartTexts, pg.GraphicsLayoutWidget):
    """The lanes and their texts in one graphics scene (what is exported)."""

    x_range_changed = Signal(float, float)
    #: The layout was fitted to the view again (its minimum height may have changed).
    refitted = Signal()

    def __init__(self, style: ChartStyle = LIGHT, parent=None) -> None:
        super().__init__(parent)
        self.style = style
        self.spec: ChartSpec | None = None
        self.delivery_sizes = np.empty(0)
        self._event_marker_y: float | None = None
        self._event_marker_style: tuple = ([], [], None)
        self._vaccine_order: list[str] = []
        self._build()
        self.set_style(style)

    # -- construction -------------------------------------------------------------------
    def _plot(self, row: int, lang: str = "en", values: bool = False) -> pg.PlotItem:
        bottom = DayAxisItem(lang)
        left = FigureAxisItem(lang)
        plot = self.ci.addPlot(row=row, col=0, axisItems={"bottom": bottom, "left": left})
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.vb.setMouseEnabled(x=True, y=False)
        # Ranges are set explicitly: auto-range over items whose bounds follow the view
        # (grid, labels) would repaint forever.
        plot.vb.disableAutoRange()
        plot.getAxis("left").setWidth(LEFT_AXIS_PX)
        # Axes (and the y grid the left one draws) are text-heavy pictures: cached in
        # device pixels, a pan replays only those whose ticks moved.
        for axis in (bottom, left):
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if not values:
            bottom.setStyle(showValues=False)
            bottom.setHeight(1)
        grid = CalendarGridItem()
        plot.addItem(grid)
        plot.calendar_grid = grid
        return plot

    def _label(self, row: int) -> WrappingLabel:
        label = WrappingLabel("", justify="left")
        self.ci.addItem(label, row=row, col=0)
        return label

    def _build(self) -> None:
        ci = self.ci
        ci.setContentsMargins(14, 10, 24, 6)
        ci.setSpacing(2)
        self.title_item = self._label(0)
        self.subtitle_item = self._label(1)
        self.legend = pg.LegendItem(colCount=6, horSpacing=14, verSpacing=-4)
        ci.addItem(self.legend, row=2, col=0)
        # Its natural width, on the left: stretched, the columns drift apart.
        self.legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignLeft)
        self.doses = self._plot(DOSES_ROW)
        self.pledges = self._plot(PLEDGES_ROW)
        self.events = self._plot(EVENTS_ROW)
        self.context_title = self._label(EVENTS_ROW + 1)
        self.context = self._plot(EVENTS_ROW + 2, values=True)
        self.footer_item = self._label(EVENTS_ROW + 3)
        for p in (self.pledges, self.events, self.context):
            p.setXLink(self.doses)
        lay = ci.layout
        # The doses lane gets most of the height (at least 40 % of the chart).
        for row, stretch in (
            (DOSES_ROW, 13),
            (PLEDGES_ROW, 3),
            (EVENTS_ROW, 8),
            (EVENTS_ROW + 2, 4),
        ):
            lay.setRowStretchFactor(row, stretch)
        self.events.getAxis("left").setStyle(showValues=False, tickLength=0)
        self.events.getAxis("left").setTicks([[], []])
        self.events.vb.setYRange(0, 1, padding=0)

        d = self.doses
        self.doses_spans = SpanItem(alpha=18)
        # No dynamic range limit: it clips y to 1e6 x the range in view when the data is set.
        self.committed_curve = pg.PlotDataItem(dynamicRangeLimit=None)
        self.delivered_curve = pg.PlotDataItem(dynamicRangeLimit=None)
        self.outstanding = GapFillItem()
        self.beyond = GapFillItem()  # delivered above what the commitments in view add up to
        self.no_data = SpanItem(alpha=40)
        self.no_data_label = pg.TextItem(anchor=(1, 0))  # right-aligned in the band
        self.checkpoint_scatter = pg.ScatterPlotItem(pxMode=True)
        self.delivery_scatter = CachedScatter(pxMode=True)
        self.delivery_ring = pg.ScatterPlotItem(pxMode=True)
        self.point_labels = PointLabelsItem(self.style)
        for item in (
            self.doses_spans,
            self.no_data,
            self.outstanding,
            self.beyond,
            self.committed_curve,
            self.delivered_curve,
            self.delivery_scatter,
            self.checkpoint_scatter,
            self.point_labels,
            self.delivery_ring,
        ):
            d.addItem(item)
        d.addItem(self.no_data_label, ignoreBounds=True)

        pl = self.pledges
        self.pledges_no_data = SpanItem(alpha=40)
        self.pledges_curve = pg.PlotDataItem(dynamicRangeLimit=None)
        for item in (self.pledges_no_data, self.pledges_curve):
            pl.addItem(item)

        e = self.events
        self.event_spans = SpanItem(alpha=self.style.span_alpha)
        self.event_labels = EventLabelsItem(self.style)
        self.event_scatter = CachedScatter(pxMode=True, size=11)
        self.event_ring = pg.ScatterPlotItem(pxMode=True)
        for item in (self.event_spans, self.event_labels, self.event_scatter, self.event_ring):
            e.addItem(item)

        self.context_spans = SpanItem(alpha=18)
        self.bars = pg.BarGraphItem(x0=[], width=[], height=[])
        self.context.addItem(self.context_spans)
        self.context.addItem(self.bars)

        self.doses.vb.sigXRangeChanged.connect(self._on_x_range)
        self.events.vb.sigResized.connect(self.place_event_markers)

    # -- our API ------------------------------------------------------------------------
    def set_style(self, style: ChartStyle) -> None:
        self.style = style
        self.setBackground(style.background)
        for plot in (self.doses, self.pledges, self.events, self.context):
            for name in ("left", "bottom"):
                ax = plot.getAxis(name)
                ax.setPen(pg.mkPen(style.axis))
                ax.setTextPen(pg.mkPen(style.text))
                ax.setTickFont(style.font(style.axis_px))
                ax.label.setFont(style.font(COMPACT_TEXT_PX if self.compact else style.text_px))
            plot.showGrid(x=False, y=plot is not self.events, alpha=style.grid_alpha)
            plot.calendar_grid.set_colour(style.axis, style.grid_alpha * 1.6)
        self.event_labels.set_style(style)
        self.point_labels.set_style(style)
        self.event_spans.alpha = style.span_alpha
        if self.spec is not None:
            self.set_spec(self.spec, keep_range=True)

    def set_spec(self, spec: ChartSpec, *, keep_range: bool = False) -> None:
        """Draw ``spec``; the view fits its date range unless ``keep_range``."""
        self.spec = spec
        s, lab = self.style, spec.labels
        self._texts(spec)
        for plot in (self.doses, self.pledges, self.events, self.context):
            plot.getAxis("bottom").lang = spec.lang
            plot.getAxis("left").lang = spec.lang
        self.doses.setLabel("left", self.lane_title(lab["doses_axis"]), color=s.text)
        # No tick values beside the events lane: room for a third line.
        self.events.setLabel("left", self.lane_title(lab["events_axis"], 3), color=s.text)
        self.context.setLabel("left", self.lane_title(lab["context_axis"]), color=s.text)
        if self.compact:
            # The heading above the context lane names its series: on screen no rotated
            # title beside it (it needed the lane taller than its bars do).
            self.context.getAxis("left").showLabel(False)

        x0, x1 = spec.x_from, spec.x_to
        # After the data's as-of date nothing is drawn as if known: the lines stop.
        end = min(x1, spec.data_end) if spec.data_end is not None else x1
        committed_pen = pg.mkPen(s.committed, width=s.line_width)
        delivered_pen = pg.mkPen(s.delivered, width=s.line_width)
        upper, lower = spec.committed.polyline(x0, end), spec.delivered.polyline(x0, end)
        self.committed_curve.setData(*upper, pen=committed_pen)
        self.delivered_curve.setData(*lower, pen=delivered_pen)
        xs, c_at, d_at = step_pair(spec.committed, spec.delivered, x0, end)
        floor = np.minimum(c_at, d_at)
        # Owed only where committed is above delivered; above it, delivered beyond them.
        self.outstanding.set_gap(
            (xs, c_at), (xs, floor), s.qcolor("outstanding", s.outstanding_alpha)
        )
        self.beyond.set_gap((xs, d_at), (xs, floor), s.qcolor("delivered", s.outstanding_alpha))
        self._no_data_band(spec, end)
        self._pledges_lane(spec, x0, end)
        self._checkpoints(spec)

        m = spec.deliveries
        self._vaccine_order = list(spec.vaccine_names)
        styles = {v: vaccine_style(v, self._vaccine_order) for v in set(m.vaccine)}
        sizes = marker_sizes(m.doses)
        self.delivery_sizes = sizes
        order = np.argsort(-sizes, kind="stable")  # small markers drawn on top of big ones
        # Shared pens and brushes (one per vaccine and state): the scatter's symbol
        # atlas keys on the objects, so a new brush per marker renders a symbol each.
        outline = pg.mkPen(s.background, width=1.2)
        no_brush = pg.mkBrush(None)
        codes = list(styles)
        code_of = {v: k for k, v in enumerate(codes)}
        vac = np.fromiter((code_of[v] for v in m.vaccine[order]), dtype=np.int64, count=len(order))
        ok = np.asarray(m.delivered[order], dtype=bool)
        symbols = np.array([styles[v][1] for v in codes] or [""], dtype=object)
        filled = np.array([pg.mkBrush(styles[v][0]) for v in codes] + [no_brush], dtype=object)
        hollow = np.array(
            [pg.mkPen(styles[v][0], width=2) for v in codes] + [outline], dtype=object
        )
        brush_k = np.where(ok, vac, len(codes))
        pen_k = np.where(ok, len(codes), vac)
        self.delivery_scatter.setData(
            x=m.x[order],
            y=m.level[order],
            size=sizes[order],
            symbol=symbols[vac] if len(vac) else [],
            brush=filled[brush_k] if len(vac) else [],
            pen=hollow[pen_k] if len(vac) else [],
            data=order,
        )
        ev = spec.events
        colours = [category_colour(c) for c in ev.category]
        ends = np.where(np.isfinite(ev.end), ev.end, np.nan)
        for spans in (self.doses_spans, self.event_spans, self.context_spans):
            spans.set_spans(ev.start, ends, colours)
        self.event_labels.set_events(ev.start, ev.end, ev.title, ev.category, ev.priority)
        self._event_styles(ev.category)
        self._point_labels(spec, sizes)
        ctx = spec.context
        if ctx is not None:
            self.bars.setOpts(
                x0=ctx.x + ctx.width * 0.08,
                width=ctx.width * 0.84,
                height=ctx.value,
                brush=pg.mkBrush(s.bars),
                pen=pg.mkPen(None),
            )
        else:
            self.bars.setOpts(x0=[], width=[], height=[])
        self._legend(spec, styles)
        self.clear_highlight()
        if not keep_range:
            self.set_x_range(x0, x1)
        else:
            self._on_x_range()
        self.place_event_markers()

    def set_x_range(self, x0: float, x1: float) -> None:
        before = self.x_range()
        self.doses.vb.setXRange(x0, x1, padding=0)
        if self.x_range() == before:  # else sigXRangeChanged has run _on_x_range
            self._on_x_range()

    def fit_all(self) -> None:
        if self.spec is not None:
            self.set_x_range(self.spec.x_from, self.spec.x_to)

    def x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.doses.vb.viewRange()
        return float(x0), float(x1)

    # -- internals ----------------------------------------------------------------------
    def _no_data_band(self, spec: ChartSpec, end: float) -> None:
        """Grey across the dose lanes after the data's as-of date, with its label."""
        s = self.style
        shown = spec.data_end is not None and end < spec.x_to
        for band in (self.no_data, self.pledges_no_data):
            band.set_spans(
                np.array([end] if shown else []), np.array([spec.x_to] if shown else []),
                [s.axis] if shown else [],
            )  # fmt: skip
        if shown and spec.as_of is not None:
            text = spec.labels["no_data_after"].format(date=format_date(spec.as_of, spec.lang))
            self.no_data_label.setText(text, color=s.muted)
            self.no_data_label.setFont(s.font(s.axis_px))
            self.no_data_label.show()
        else:
            self.no_data_label.hide()
        self._no_data_x = spec.x_to if shown else None

    def _place_no_data_label(self) -> None:
        x = getattr(self, "_no_data_x", None)
        if x is None:
            return
        (_x0, _x1), (_y0, y1) = self.doses.vb.viewRange()
        self.no_data_label.setPos(x, y1)

    def _pledges_lane(self, spec: ChartSpec, x0: float, end: float) -> None:
        """Pledges to several recipients: their own lane and scale, hidden when none."""
        s = self.style
        has = bool(len(spec.pledges.x)) or spec.pledges.baseline > 0
        lay = self.ci.layout
        self.pledges.setVisible(has)
        if has:
            self.pledges.setMinimumHeight(PLEDGES_MIN_PX)
            self.pledges.setMaximumHeight(16777215)
            lay.setRowStretchFactor(PLEDGES_ROW, 3)
            dash = pg.mkPen(s.committed, width=s.line_width, style=Qt.PenStyle.DashLine)
            self.pledges_curve.setData(*spec.pledges.polyline(x0, end), pen=dash)
            self.pledges.setLabel(
                "left", self.lane_title(spec.labels["pledges_axis"]), color=s.text
            )
        else:
            self.pledges_curve.setData([], [])
            self.pledges.setMinimumHeight(0)
            self.pledges.setMaximumHeight(0)
            lay.setRowStretchFactor(PLEDGES_ROW, 0)

    def _checkpoints(self, spec: ChartSpec) -> None:
        cp = spec.checkpoints
        s = self.style
        self.checkpoint_scatter.setData(
            x=cp.x + 0.5, y=cp.tally, size=11, symbol="s", brush=pg.mkBrush(s.background),
            pen=pg.mkPen(s.delivered, width=2), data=np.arange(len(cp)),
        )  # fmt: skip

    def resizeEvent(self, event) -> None:
        if getattr(self, "closed", False):
            # pyqtgraph's close() clears the scene, then resizes: nothing left to fit (an
            # exception here, inside Qt's call, would take the process down).
            return
        if getattr(self, "spec", None) is not None:
            self._fit_legend()
        super().resizeEvent(event)
        self._refit_soon()

    def _refit_soon(self) -> None:
        QTimer.singleShot(0, self, self._fit_to_view)

    def _fit_to_view(self) -> None:
        """A second layout pass: wrapped labels know their height only once they have
        their width, and a first pass at a smaller size may have left the layout taller
        (or wider) than the view, which would cut off the lower lanes."""
        if self.closed:
            return
        if self.ci.geometry() != self.range:
            self.ci.setGeometry(self.range)
        self.refitted.emit()

    def _point_labels(self, spec: ChartSpec, sizes: np.ndarray) -> None:
        s, lang = self.style, spec.lang
        c, m = spec.committed, spec.deliveries
        inside = np.nonzero((c.x >= spec.x_from) & (c.x < spec.x_to))[0]
        before = np.concatenate([[c.baseline], c.y[:-1]])

        def step_text(k: int) -> str:
            j = inside[k]
            delta = c.y[j] - before[j]
            sign = "+" if delta > 0 else "−"
            return f"{sign}{format_short(abs(delta), lang)} · {format_date_short(c.x[j], spec)}"

        order = np.argsort(-m.doses, kind="stable")  # the biggest shipments first

        def delivery_text(k: int) -> str:
            i = order[k]
            return f"{format_short(m.doses[i], lang)} · {format_date_short(m.x[i], spec)}"

        self.point_labels.set_points([
            PointSet(c.x[inside], c.y[inside], np.full(len(inside), 3.0), s.committed, step_text),
            PointSet(m.x[order], m.level[order], sizes[order] / 2, s.delivered, delivery_text),
        ])  # fmt: skip

    def _on_x_range(self, *_args) -> None:
        if self.spec is None:
            return
        x0, x1 = self.x_range()
        top = max(
            float(np.max(self.spec.committed.polyline(x0, x1)[1])),
            float(np.max(self.spec.delivered.polyline(x0, x1)[1])),
            10.0,  # an empty selection still gets a readable 0-10 scale
        )
        if len(self.spec.checkpoints):
            # A tally near the lines widens the scale to show it; a far bigger one (a
            # donor's worldwide total against a few recorded shipments) would flatten
            # them, so it stays above the top edge.
            cp = self.spec.checkpoints
            seen = (cp.x >= x0) & (cp.x <= x1) & (cp.tally <= 3 * top)
            if seen.any():
                top = max(top, float(np.max(cp.tally[seen])))
        fit_top(self.doses.vb, top * 1.22)
        if len(self.spec.pledges.x):
            peak = float(np.max(self.spec.pledges.polyline(x0, x1)[1]))
            fit_top(self.pledges.vb, max(peak, 10.0) * 1.15)
        self._place_no_data_label()
        ctx = self.spec.context
        if ctx is not None and len(ctx.value):
            seen = (ctx.x + ctx.width >= x0) & (ctx.x <= x1)
            peak = float(np.max(ctx.value[seen])) if seen.any() else 10.0
            fit_top(self.context.vb, peak * 1.1)
        else:
            fit_top(self.context.vb, 10.0)
        self.x_range_changed.emit(x0, x1)

    def place_event_markers(self, *_args) -> None:
        height = max(self.events.vb.height(), 1.0)
        y = min(EVENT_MARKER_FROM_BOTTOM_PX / height, 0.45)
        self.event_labels.marker_y = y
        if self.spec is not None and len(self.spec.events):
            if y != self._event_marker_y:
                self._event_marker_y = y
                brushes, symbols, pen = self._event_marker_style
                self.event_scatter.setData(
                    x=self.spec.events.start,
                    y=np.full(len(self.spec.events), y),
                    brush=brushes,
                    pen=pen,
                    size=13,
                    symbol=symbols,
                    data=np.arange(len(self.spec.events)),
                )
        self.event_labels.update()

    def _event_styles(self, categories) -> None:
        """One brush per category, shared by its markers; the markers are set (again)
        by :meth:`place_event_markers`."""
        cats = sorted(set(categories))
        brush = {c: pg.mkBrush(category_colour(c)) for c in cats}
        symbol = {c: category_symbol(c) for c in cats}
        self._event_marker_style = (
            [brush[c] for c in categories],
            [symbol[c] for c in categories],
            pg.mkPen(self.style.marker_outline, width=1.2),
        )
        self._event_marker_y = None
        if not len(categories):
            self.event_scatter.setData(x=[], y=[])
