"""The Sankey view: delivered doses from donors, through channels, to recipients.

Drawn with QPainter from the map spec's :class:`~tracker.present.map_figures.SankeyLink` list
(the same filters and as-of date as the map). Recipients beyond the largest
:data:`MAX_RECIPIENTS` are gathered as "others" so the column stays readable.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tracker.present.map_figures import MapSpec

MAX_RECIPIENTS = 14
MAX_DONORS = 10
CHANNEL_COLOURS = {
    "bilateral": "#0072B2",
    "covax": "#009E73",
    "avat": "#E69F00",
    "other": "#CC79A7",
}


def sankey_columns(spec: MapSpec, others: str) -> tuple[list, list, list, list]:
    """Nodes per column [(name, doses)] and links [(col, from, to, doses)]."""
    from tracker.present.map_figures import actor_name

    by_donor: dict[str, int] = defaultdict(int)
    by_rec: dict[str, int] = defaultdict(int)
    for link in spec.sankey:
        by_donor[link.donor] += link.doses
        by_rec[link.recipient] += link.doses
    top_d = set(sorted(by_donor, key=lambda c: -by_donor[c])[:MAX_DONORS])
    top_r = set(sorted(by_rec, key=lambda c: -by_rec[c])[:MAX_RECIPIENTS])
    left: dict[str, int] = defaultdict(int)
    mid: dict[str, int] = defaultdict(int)
    right: dict[str, int] = defaultdict(int)
    links: dict[tuple[int, str, str], int] = defaultdict(int)
    for link in spec.sankey:
        d = actor_name(link.donor, spec.lang) if link.donor in top_d else others
        r = actor_name(link.recipient, spec.lang) if link.recipient in top_r else others
        left[d] += link.doses
        mid[link.channel] += link.doses
        right[r] += link.doses
        links[(0, d, link.channel)] += link.doses
        links[(1, link.channel, r)] += link.doses

    def ordered(col: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(col.items(), key=lambda kv: (kv[0] == others, -kv[1]))

    return (
        ordered(left),
        ordered(mid),
        ordered(right),
        [(c, a, b, v) for (c, a, b), v in links.items()],
    )


class SankeyView(QWidget):
    """Donor → channel → recipient bands, heights proportional to delivered doses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: MapSpec | None = None
        self.channel_names: dict[str, str] = {}
        self.others = "Others"
        self.setMinimumHeight(200)

    def set_spec(self, spec: MapSpec) -> None:
        self.spec = spec
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        spec = self.spec
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        if spec is None or not spec.sankey:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, spec.labels["none"] if spec else ""
            )
            return
        cols = sankey_columns(spec, self.others)
        total = sum(v for _, v in cols[0]) or 1
        w, h = self.width(), self.height()
        gap, node_w, top, bottom = 6.0, 12.0, 12.0, 12.0
        xs = (150.0, w / 2 - node_w / 2, w - 150.0 - node_w)
        places: list[dict[str, list[float]]] = []
        for ci, col in enumerate(cols[:3]):
            avail = h - top - bottom - gap * (len(col) - 1)
            y = top
            pos: dict[str, list[float]] = {}
            for name, v in col:
                hh = max(1.5, avail * v / total)
                pos[name] = [y, hh, y, y]  # top, height, next out, next in
                colour = (
                    QColor(CHANNEL_COLOURS.get(name, "#5F6368")) if ci == 1 else QColor("#5F6368")
                )
                painter.fillRect(QRectF(xs[ci], y, node_w, hh), colour)
                label = self.channel_names.get(name, name) if ci == 1 else name
                text = f"{label}"
                if ci == 0:
                    painter.drawText(
                        QRectF(4, y, xs[0] - 8, max(hh, 14)),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        text,
                    )
                elif ci == 2:
                    painter.drawText(
                        QRectF(xs[2] + node_w + 4, y, 146, max(hh, 14)),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        text,
                    )
                else:
                    painter.drawText(
                        QRectF(xs[1] + node_w + 4, y, 120, max(hh, 14)),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        text,
                    )
                y += hh + gap
            places.append(pos)
        for c, a, b, v in sorted(cols[3], key=lambda t: (t[0], -t[3])):
            src, dst = places[c][a], places[c + 1][b]
            hh = max(1.0, (h - top - bottom - gap * (len(cols[c]) - 1)) * v / total)
            y0, y1 = src[2], dst[3]
            src[2] += hh
            dst[3] += hh
            x0, x1 = xs[c] + node_w, xs[c + 1]
            mx = (x0 + x1) / 2
            band = QPainterPath(QPointF(x0, y0))
            band.cubicTo(QPointF(mx, y0), QPointF(mx, y1), QPointF(x1, y1))
            band.lineTo(x1, y1 + hh)
            band.cubicTo(QPointF(mx, y1 + hh), QPointF(mx, y0 + hh), QPointF(x0, y0 + hh))
            band.closeSubpath()
            channel = b if c == 0 else a
            colour = QColor(CHANNEL_COLOURS.get(channel, "#5F6368"))
            colour.setAlpha(110)
            painter.fillPath(band, colour)
        painter.end()
