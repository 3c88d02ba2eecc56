"""The timeline chart's words: title, subtitle, legend fitted to the width, footer
(a mixin of :class:`TimelineChart`)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from html import escape
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from tracker.present.chart_marks import ChartSpec
from tracker.timeline.chart_parts import step_pair
from tracker.timeline.style import ChartStyle, category_colour, category_symbol

#: On screen (compact): legend columns at most, its text and sample sizes.
COMPACT_LEGEND_COLUMNS = 9
COMPACT_TEXT_PX = 11
COMPACT_TITLE_PX = 13
COMPACT_SAMPLE_SCALE = 0.75
#: Around each text (Qt's default, 4 px, made every legend row 6 px taller).
COMPACT_TEXT_MARGIN_PX = 1


class CompactSample(pg.ItemSample):
    """A legend sample three quarters of pyqtgraph's 20 px square: shorter legend rows."""

    SIDE = 20 * COMPACT_SAMPLE_SCALE

    def __init__(self, item) -> None:
        super().__init__(item)
        self.setFixedWidth(self.SIDE)
        self.setFixedHeight(self.SIDE)

    def boundingRect(self):
        return pg.QtCore.QRectF(0, 0, self.SIDE, self.SIDE)

    def paint(self, p, *args) -> None:
        p.scale(COMPACT_SAMPLE_SCALE, COMPACT_SAMPLE_SCALE)
        super().paint(p, *args)


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
    doses: Any  # pg.PlotItem (the lanes)
    pledges: Any
    events: Any
    context: Any
    _vaccine_order: list[str]
    #: On screen: title and subtitle on one line, a denser legend, lane titles on two
    #: lines, so every lane fits a laptop screen (exports keep their roomier layout).
    compact = False

    width: Callable[[], int]  # QWidget's
    _refit_soon: Callable[[], None]  # TimelineChart's

    def _gaps(self) -> tuple[bool, bool]:
        """Whether the chart draws (outstanding, beyond commitments) anywhere."""
        spec = self.spec
        if spec is None:
            return False, False
        end = min(spec.x_to, spec.data_end) if spec.data_end is not None else spec.x_to
        _xs, c_at, d_at = step_pair(spec.committed, spec.delivered, spec.x_from, end)
        return bool(np.any(c_at > d_at)), bool(np.any(d_at > c_at))

    def _texts(self, spec: ChartSpec) -> None:
        s = self.style
        if self.compact:
            # The dates wrap as one piece (never "20 mar 2020 –" on one line, "31 dic
            # 2021" on the next): no-break spaces, and a word joiner after the dash
            # (a line may break after a dash even before a no-break space).
            dates_text = escape(spec.subtitle).replace(" ", "&nbsp;").replace("–", "–\u2060")
            dates = (
                f"<span style='color: {s.muted}; font-size: {COMPACT_TEXT_PX}px;"
                f" font-weight: normal'>&nbsp; ·&nbsp;{dates_text}</span>"
            )
            title = f"{escape(spec.title)}{dates}"
            self.title_item.setText(title, color=s.text, size=f"{COMPACT_TITLE_PX}px", bold=True)
        else:
            self.title_item.setText(spec.title, color=s.text, size=f"{s.title_px}px", bold=True)
        self.subtitle_item.setText(spec.subtitle, color=s.muted, size=f"{s.subtitle_px}px")
        ctx = spec.context
        size = COMPACT_TEXT_PX if self.compact else s.text_px
        self.context_title.setText(ctx.title if ctx else "", color=s.muted, size=f"{size}px")
        self.footer_item.setText(spec.footer, color=s.muted, size=f"{s.footer_px}px")

    def lane_title(self, text: str, lines: int = 2) -> str:
        """A lane's rotated title; compact: on up to ``lines`` lines (broken at the spaces
        that make the longest line shortest), so a short lane still has room for it."""
        words = text.split(" ")
        if not self.compact or len(words) < 2:
            return text
        metrics = QFontMetricsF(self.style.font(COMPACT_TEXT_PX))

        def longest(cuts: tuple[int, ...]) -> float:
            bounds = (0, *cuts, len(words))
            return max(
                metrics.horizontalAdvance(" ".join(words[a:b]))
                for a, b in itertools.pairwise(bounds)
            )

        gaps = range(1, len(words))
        best = min(
            (cuts for n in range(1, lines) for cuts in itertools.combinations(gaps, n)),
            key=longest,
        )
        bounds = (0, *best, len(words))
        return "<br>".join(escape(" ".join(words[a:b])) for a, b in itertools.pairwise(bounds))

    def set_compact(self) -> None:
        """The screen's layout (see :attr:`compact`); exports never call this."""
        self.compact = True
        self.ci.layout.removeItem(self.subtitle_item)
        self.subtitle_item.hide()
        self.ci.setContentsMargins(10, 3, 18, 1)
        self.ci.setSpacing(0)
        for label in (self.title_item, self.context_title):
            label.item.document().setDocumentMargin(COMPACT_TEXT_MARGIN_PX)
        self.legend.sampleType = CompactSample
        self.legend.layout.setContentsMargins(0, 0, 0, 0)
        for plot in (self.doses, self.pledges, self.events, self.context):
            title = plot.getAxis("left").label
            title.setFont(self.style.font(COMPACT_TEXT_PX))
            title.document().setDocumentMargin(COMPACT_TEXT_MARGIN_PX)
        self.legend.layout.setHorizontalSpacing(5)
        self.legend.layout.setVerticalSpacing(0)
        self._refit_soon()

    def _legend(self, spec: ChartSpec, styles: dict) -> None:
        s, lab = self.style, spec.labels
        self.legend.clear()
        self.legend.opts["labelTextColor"] = pg.mkColor(s.text)
        self.legend.opts["labelTextSize"] = f"{COMPACT_TEXT_PX if self.compact else s.text_px}px"
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
        outstanding, beyond = self._gaps()
        if self.compact and not outstanding:  # on screen, only what is drawn
            self._legend_samples.pop()
        if beyond:
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
            if self.compact:
                _label_sample, label = self.legend.items[-1]
                label.item.document().setDocumentMargin(COMPACT_TEXT_MARGIN_PX)
                label.updateMin()
        if self.compact:
            # The legend (re)sized itself at the top-left corner: back in its row now,
            # not at the next layout pass (a grab in between showed it over the title).
            self.ci.layout.activate()
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
        cols = min(COMPACT_LEGEND_COLUMNS if self.compact else 6, len(widths))
        while cols > 1:
            col_widths = [max(widths[c::cols]) for c in range(cols)]
            if sum(col_widths) <= available:
                break
            cols -= 1
        if cols != self.legend.columnCount:
            self.legend.setColumnCount(cols)
            self._refit_soon()
