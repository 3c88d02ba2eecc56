"""The timeline chart's words: title, subtitle, legend fitted to the width, footer
(a mixin of :class:`TimelineChart`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from tracker.present.chart_marks import ChartSpec
from tracker.timeline.chart_parts import step_pair
from tracker.timeline.style import ChartStyle, category_colour, category_symbol


class ChartTexts:
    """Title, subtitle, context title, legend and footer of ``TimelineChart``."""

    spec: ChartSpec | None
    style: ChartStyle
    ci: Any  # pg.GraphicsLayout: pyqtgraph has no stubs
    legend: Any
    title_item: Any
    subtitle_item: Any
    context_title: Any
    footer_item: Any
    _vaccine_order: list[str]

    width: Callable[[], int]  # QWidget's
    _refit_soon: Callable[[], None]  # TimelineChart's

    @property
    def _has_beyond(self) -> bool:
        spec = self.spec
        if spec is None:
            return False
        end = min(spec.x_to, spec.data_end) if spec.data_end is not None else spec.x_to
        _xs, c_at, d_at = step_pair(spec.committed, spec.delivered, spec.x_from, end)
        return bool(np.any(d_at > c_at))

    def _texts(self, spec: ChartSpec) -> None:
        s = self.style
        self.title_item.setText(spec.title, color=s.text, size=f"{s.title_px}px", bold=True)
        self.subtitle_item.setText(spec.subtitle, color=s.muted, size=f"{s.subtitle_px}px")
        ctx = spec.context
        self.context_title.setText(ctx.title if ctx else "", color=s.muted, size=f"{s.text_px}px")
        self.footer_item.setText(spec.footer, color=s.muted, size=f"{s.footer_px}px")

    def _legend(self, spec: ChartSpec, styles: dict) -> None:
        s, lab = self.style, spec.labels
        self.legend.clear()
        self.legend.opts["labelTextColor"] = pg.mkColor(s.text)
        self.legend.opts["labelTextSize"] = f"{s.text_px}px"
        self._legend_samples = [
            (
                pg.PlotDataItem(pen=pg.mkPen(s.committed, width=s.line_width)),
                lab["legend_committed"],
            ),
            (
                pg.PlotDataItem(pen=pg.mkPen(s.delivered, width=s.line_width)),
                lab["legend_delivered"],
            ),
            (
                pg.BarGraphItem(
                    x=[0],
                    height=[0],
                    width=1,
                    pen=pg.mkPen(None),
                    brush=pg.mkBrush(s.qcolor("outstanding", s.outstanding_alpha * 2)),
                ),
                lab["legend_outstanding"],
            ),
        ]
        if self._has_beyond:
            self._legend_samples.append((
                pg.BarGraphItem(x=[0], height=[0], width=1, pen=pg.mkPen(None),
                                brush=pg.mkBrush(s.qcolor("delivered", s.outstanding_alpha * 2))),
                lab["legend_beyond"],
            ))  # fmt: skip
        if len(spec.pledges.x):
            dash = pg.mkPen(s.committed, width=s.line_width, style=Qt.PenStyle.DashLine)
            self._legend_samples.append((pg.PlotDataItem(pen=dash), lab["legend_pledges"]))
        if len(spec.checkpoints):
            sample = pg.ScatterPlotItem(symbol="s", size=11, brush=pg.mkBrush(s.background),
                                        pen=pg.mkPen(s.delivered, width=2))  # fmt: skip
            self._legend_samples.append((sample, lab["legend_tally"]))
        for code in sorted(styles, key=self._vaccine_order.index):
            colour, symbol = styles[code]
            sample = pg.ScatterPlotItem(
                symbol=symbol, size=13, brush=pg.mkBrush(colour), pen=pg.mkPen(s.background)
            )
            self._legend_samples.append((sample, spec.vaccine_names.get(code, code)))
        for cat in sorted(set(spec.events.category)):
            sample = pg.ScatterPlotItem(
                symbol=category_symbol(cat),
                size=13,
                brush=pg.mkBrush(category_colour(cat)),
                pen=pg.mkPen(s.background),
            )
            self._legend_samples.append((sample, spec.category_names.get(cat, cat)))
        for sample, name in self._legend_samples:
            self.legend.addItem(sample, name)
        self._fit_legend()

    def drop_footer(self) -> None:
        """On screen the sources are in every tooltip and the Sources tab: the footer
        line only takes room from the lanes (exports keep it)."""
        self.ci.layout.removeItem(self.footer_item)
        self.footer_item.hide()
        self._refit_soon()

    def _fit_legend(self) -> None:
        """As many legend columns (up to 6) as fit the width: a narrow chart or export
        gets more legend rows instead of a legend wider than the chart, which would
        push the lanes past the right edge."""
        entries = self.legend.items
        if not entries:
            return
        spacing = self.legend.layout.horizontalSpacing()
        widths = [
            sample.boundingRect().width() + label.item.boundingRect().width() + 2 * spacing
            for sample, label in entries
        ]
        left, _top, right, _bottom = self.ci.layout.getContentsMargins()
        available = self.width() - left - right - 8
        cols = min(6, len(widths))
        while cols > 1:
            col_widths = [max(widths[c::cols]) for c in range(cols)]
            if sum(col_widths) <= available:
                break
            cols -= 1
        if cols != self.legend.columnCount:
            self.legend.setColumnCount(cols)
            self._refit_soon()
