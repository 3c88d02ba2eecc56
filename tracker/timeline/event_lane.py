"""The policy-events lane: periods as shaded spans, and labels that never overlap.

All events are drawn by three items whatever their number (DESIGN: thousands of
separate items are slow and crash some PySide6 releases): one scatter of markers (in
``chart.py``), one :class:`SpanItem` for the periods, and one :class:`EventLabelsItem`
that lays out stems, labels and "+N" cluster badges for what is visible, in pixels,
each time it paints. Zooming in gives labels room, so clusters expand into labels.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from tracker.timeline.cached_scatter import whole_pixels
from tracker.timeline.overlay import ViewOverlay
from tracker.timeline.style import ChartStyle, category_colour

MAX_LABEL_CHARS = 46


@dataclass(frozen=True)
class Placement:
    """A label placed on ``row`` (0 = nearest the markers), its box in pixels."""

    index: int
    row: int
    x: float
    rect: QRectF


@dataclass(frozen=True)
class Badge:
    """A "+N" count standing for events too dense to label at this zoom."""

    indices: tuple[int, ...]
    x: float
    rect: QRectF

    @property
    def count(self) -> int:
        return len(self.indices)


@dataclass
class LabelLayout:
    placements: list[Placement] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)

    def boxes(self) -> list[QRectF]:
        return [p.rect for p in self.placements] + [b.rect for b in self.badges]


def short_title(title: str, limit: int = MAX_LABEL_CHARS) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def layout_labels(
    anchors: np.ndarray,
    widths: np.ndarray,
    *,
    rows: int,
    row_height: float,
    label_bottom: float,
    badge_y: float,
    badge_width,
    left: float = -np.inf,
    right: float = np.inf,
    priority: np.ndarray | None = None,
    order: np.ndarray | None = None,
    gap: float = 8.0,
    max_attempts: int = 400,
) -> LabelLayout:
    """Place labels on rows above the markers; events that find no room become badges.

    Events are tried by ``priority`` (highest first, then left to right). Each label
    takes the lowest row where its box fits without touching another box: to the
    right of its stem, else to the left of it. Boxes are opaque, so a stem rising to
    a higher row passes behind lower labels and no text is ever drawn over another.
    The events left over are grouped into "+N" badges under the markers, merged until
    no two badges overlap.

    Parameters
    ----------
    anchors, widths:
        Pixel x of each event's stem and the width of its label box.
    label_bottom:
        Pixel y of the bottom of row 0; rows stack upwards by ``row_height``.
    badge_y:
        Pixel y of the top of the badge strip.
    badge_width:
        ``count -> width`` of a badge in pixels.
    left, right:
        The lane's edges in pixels: boxes stay inside.
    order:
        The event index of each anchor (default ``0..n-1``).
    """
    n = len(anchors)
    order = np.arange(n) if order is None else np.asarray(order)
    prio = np.zeros(n) if priority is None else np.asarray(priority, dtype=float)
    # Per row, the boxes placed so far as two sorted lists (starts, ends): boxes on a row
    # never overlap, so a new box can only touch the first one ending after its left.
    starts: list[list[float]] = [[] for _ in range(max(rows, 0))]
    ends: list[list[float]] = [[] for _ in range(max(rows, 0))]

    def fits(r: int, lo: float, hi: float) -> bool:
        j = bisect.bisect_right(ends[r], lo - gap)
        return j == len(ends[r]) or hi + gap <= starts[r][j]

    out = LabelLayout()
    placed = np.zeros(n, dtype=bool)
    anchor_list, width_list = anchors.tolist(), np.asarray(widths).tolist()
    for k in np.lexsort((anchors, -prio))[:max_attempts].tolist():
        x, w = anchor_list[k], width_list[k]
        sides = [(lo, lo + w) for lo in (x, x - w) if lo >= left - 0.5 and lo + w <= right + 0.5]
        spot = next(((r, lo, hi) for r in range(rows) for lo, hi in sides if fits(r, lo, hi)), None)
        if spot is None:
            continue
        r, lo, hi = spot
        j = bisect.bisect_left(starts[r], lo)
        starts[r].insert(j, lo)
        ends[r].insert(j, hi)
        placed[k] = True
        top = label_bottom - (r + 1) * row_height
        out.placements.append(Placement(int(order[k]), r, x, QRectF(lo, top, w, row_height - 2)))
    # Events left over, by pixel: those in the same pixel column start as one group
    # (thousands of events come down to at most one group per column), then each group
    # merges with its neighbour on the left until no two badges touch. A group is a
    # range of the sorted events, so merging is O(1).
    rest = np.nonzero(~placed)[0]
    by_x = np.lexsort((order[rest], anchors[rest]))
    xs, ids = anchors[rest][by_x].astype(float), order[rest][by_x]
    if not len(xs):
        return out
    column = np.floor(xs)
    firsts = np.flatnonzero(np.r_[True, column[1:] != column[:-1]])
    lasts = np.r_[firsts[1:], len(xs)]
    sums = np.add.reduceat(xs, firsts)

    def centre(total: float, count: int) -> float:
        """A badge's centre: over its events, kept inside the lane."""
        w = badge_width(count)
        return min(max(total / count, left + w / 2), right - w / 2)

    # (sum of anchors, first, end, centre, width)
    groups: list[tuple[float, int, int, float, float]] = []
    for total, lo, hi in zip(sums.tolist(), firsts.tolist(), lasts.tolist(), strict=True):
        groups.append((total, lo, hi, centre(total, hi - lo), badge_width(hi - lo)))
        while len(groups) > 1:
            ta, la, _ha, ca, wa = groups[-2]
            tb, _lb, hb, cb, wb = groups[-1]
            if cb - ca >= (wa + wb) / 2 + 4:
                break
            groups.pop()
            groups[-1] = (ta + tb, la, hb, centre(ta + tb, hb - la), badge_width(hb - la))
    for _total, lo, hi, cx, w in groups:
        rect = QRectF(cx - w / 2, badge_y, w, row_height - 4)
        out.badges.append(Badge(tuple(ids[lo:hi].tolist()), cx, rect))
    return out


def _badge_widths(fm: QFontMetricsF):
    """``count -> width`` of a "+N" badge, measured once per count."""
    known: dict[int, float] = {}

    def width(n: int) -> float:
        w = known.get(n)
        if w is None:
            w = known[n] = fm.horizontalAdvance(f"+{n}") + 12
        return w

    return width


class SpanItem(ViewOverlay):
    """All periods of a lane as translucent bands, one item (in view coordinates),
    cached in device pixels like the markers (see cached_scatter.py)."""

    def __init__(self, alpha: int = 40) -> None:
        super().__init__()
        self.alpha = alpha
        self._spans: list[tuple[float, float, QColor]] = []
        self._extent = (0.0, 0.0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_spans(self, starts: np.ndarray, ends: np.ndarray, colours: list[str]) -> None:
        self.prepareGeometryChange()
        self._spans = []
        for s, e, c in zip(starts, ends, colours, strict=True):
            if np.isfinite(e):
                q = QColor(c)
                q.setAlpha(self.alpha)
                self._spans.append((float(s), float(e), q))
        if self._spans:
            self._extent = (min(s for s, _, _ in self._spans), max(e for _, e, _ in self._spans))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        view = self.view_range()
        if not self._spans or view is None:
            return QRectF()
        lo, hi = self._extent
        _, (y0, y1) = view
        return whole_pixels(self, QRectF(lo, y0, hi - lo, y1 - y0))

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph hook): y follows the view
        self.prepareGeometryChange()

    def paint(self, p: QPainter, *_args) -> None:
        view = self.view_range()
        if view is None:
            return
        _, (y0, y1) = view
        # In device pixels (as gap_fill.py): a file gets page pixels, not day numbers
        # under a transform that SVG writes with six significant digits.
        t = p.transform()
        p.save()
        p.resetTransform()
        p.setPen(Qt.PenStyle.NoPen)
        for s, e, colour in self._spans:
            p.fillRect(t.mapRect(QRectF(s, y0, e - s, y1 - y0)), colour)
        p.restore()


class EventLabelsItem(ViewOverlay):
    """Stems, labels and "+N" badges of the visible events, laid out in pixels on paint."""

    def __init__(self, style: ChartStyle) -> None:
        super().__init__()
        self.style = style
        self.start = np.empty(0)
        self.end = np.empty(0)
        self.titles: list[str] = []
        self.categories: list[str] = []
        self.colours: list[str] = []
        self.widths = np.empty(0)
        self.priority = np.empty(0)
        self.marker_y = 0.12  # view y of the markers (the lane's y range is 0..1)
        self.layout = LabelLayout()  # the last one painted, in scene pixels
        self._layout_key: tuple | None = None  # what it was computed for
        self._font = style.font(style.label_px)
        # "+N" widths measured once per font, not at every pan (~2 ms a frame).
        self._badge_width = _badge_widths(QFontMetricsF(self._font))

    def set_events(self, start, end, titles, categories, priority=None) -> None:
        self.start, self.end = np.asarray(start, float), np.asarray(end, float)
        self.priority = np.zeros(len(self.start)) if priority is None else np.asarray(priority)
        self.titles = [short_title(t) for t in titles]
        self.categories = list(categories)
        self.colours = [category_colour(c) for c in self.categories]
        fm = QFontMetricsF(self._font)
        self.widths = np.array([fm.horizontalAdvance(t) + 12 for t in self.titles], dtype=float)
        self.layout = LabelLayout()
        self._layout_key = None
        self.update()

    def set_style(self, style: ChartStyle) -> None:
        self.style = style
        self._font = style.font(style.label_px)
        self._badge_width = _badge_widths(QFontMetricsF(self._font))  # one per font
        # re-measure the labels in the new font
        self.set_events(self.start, self.end, self.titles, self.categories, self.priority)

    def compute_layout(self, to_px) -> LabelLayout:
        """Layout for the current view; ``to_px`` maps view (x, y) to pixels."""
        vb = self.getViewBox()
        if vb is None or not len(self.start):
            return LabelLayout()
        (x0, x1), _ = vb.viewRange()
        end = np.where(np.isfinite(self.end), self.end, self.start)
        visible = np.nonzero((end >= x0) & (self.start <= x1))[0]
        anchors_view = np.maximum(self.start[visible], x0)
        order = np.argsort(anchors_view, kind="stable")
        visible, anchors_view = visible[order], anchors_view[order]
        left, marker = to_px(x0, self.marker_y)
        right, top = to_px(x1, 1.0)
        px_per_day = (right - left) / max(x1 - x0, 1e-9)
        anchors = left + (anchors_view - x0) * px_per_day
        fm = QFontMetricsF(self._font)
        row_h = fm.height() + 6
        label_bottom = marker - 8
        rows = int(max(0, (label_bottom - top - 2) // row_h))
        return layout_labels(
            anchors,
            self.widths[visible],
            rows=rows,
            row_height=row_h,
            label_bottom=label_bottom,
            badge_y=marker + 9,
            badge_width=self._badge_width,
            left=left,
            right=right,
            priority=self.priority[visible],
            order=visible,
        )

    def paint(self, p: QPainter, *_args) -> None:
        transform = p.transform()

        def to_px(x: float, y: float) -> tuple[float, float]:
            pt = transform.map(QPointF(x, y))
            return pt.x(), pt.y()

        vb = self.getViewBox()
        key = (
            transform.m11(),
            transform.m22(),
            transform.dx(),
            transform.dy(),
            self.marker_y,
            None if vb is None else tuple(vb.viewRange()[0]),
        )
        if key == self._layout_key:  # the same view painted again: the same layout
            layout = self.layout
        else:
            layout = self.compute_layout(to_px)
            self._layout_key = key
        # Kept in scene pixels for hit tests: the painter maps view -> device, and the
        # device of a screen paint is the view's viewport (scene pixels here).
        self.layout = layout
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(self._font)
        _, marker = to_px(0.0, self.marker_y)
        for pl in layout.placements:  # stems first: they pass behind lower labels
            colour = QColor(self.colours[pl.index])
            colour.setAlphaF(0.7)
            p.setPen(QPen(colour, 1.2))
            p.drawLine(QLineF(pl.x, marker - 5, pl.x, pl.rect.bottom()))
        for pl in layout.placements:
            colour = QColor(self.colours[pl.index])
            p.fillRect(pl.rect, QColor(self.style.label_background))
            bar_x = pl.rect.left() if pl.x <= pl.rect.left() + 1 else pl.rect.right() - 3
            p.fillRect(QRectF(bar_x, pl.rect.top(), 3, pl.rect.height()), colour)
            p.setPen(QColor(self.style.text))
            p.drawText(
                pl.rect.adjusted(7, 0, -3, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.titles[pl.index],
            )
        for badge in layout.badges:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(self.style.badge))
            p.drawRoundedRect(badge.rect, 6, 6)
            p.setPen(QColor(self.style.badge_text))
            p.drawText(badge.rect, int(Qt.AlignmentFlag.AlignCenter), f"+{badge.count}")
        p.restore()

    # -- hit tests (scene pixels) -------------------------------------------------------
    def label_at(self, scene_pos: QPointF) -> int | None:
        for pl in reversed(self.layout.placements):
            if pl.rect.contains(scene_pos):
                return pl.index
        return None

    def badge_at(self, scene_pos: QPointF) -> Badge | None:
        for b in self.layout.badges:
            if b.rect.contains(scene_pos):
                return b
        return None
