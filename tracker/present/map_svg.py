"""The map as an SVG document, written with the standard library (no Qt).

This is the one drawing of the exported map: the SVG file is this text, and the PNG
and PDF are this text rendered by Qt's SVG renderer (``timeline/map_export.py``), so
the three always match. Every country is one ``<g>`` whose ``id`` is its ISO3 code and
whose ``<title>`` holds its name and figures; strokes are plain widths in pixels (no
``vector-effect``, which librsvg ignores: DESIGN pitfalls).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from tracker.io.geo import world_outline
from tracker.present.formats import format_doses
from tracker.present.map_figures import MapSpec
from tracker.present.map_style import DONOR_OUTLINE, FLOW_COLOUR, arc

FONT = "DejaVu Sans, Verdana, sans-serif"
BACKGROUND = "#FFFFFF"
OCEAN = "#EEF3F7"
BORDER = "#FFFFFF"
TEXT = "#1F1F1F"
MUTED = "#5F6368"
DOT_RADIUS = 3.5
MAX_FLOW_PX = 14.0


@dataclass(frozen=True)
class Frame:
    """Where the map sits in the picture: projected units -> pixels (y flipped)."""

    scale: float
    left: float
    top: float
    x0: float
    y1: float

    def px(self, pts: np.ndarray) -> np.ndarray:
        out = np.empty_like(pts, dtype=float)
        out[:, 0] = self.left + (pts[:, 0] - self.x0) * self.scale
        out[:, 1] = self.top + (self.y1 - pts[:, 1]) * self.scale
        return out


def map_frame(spec: MapSpec, left: float, top: float, width: float, height: float) -> Frame:
    x0, y0, x1, y1 = spec.atlas.bounds
    scale = min(width / (x1 - x0), height / (y1 - y0))
    # Centred in the box.
    left += (width - (x1 - x0) * scale) / 2
    top += (height - (y1 - y0) * scale) / 2
    return Frame(scale, left, top, x0, y1)


def _path_data(rings: Iterable[np.ndarray], frame: Frame) -> str:
    parts = []
    for ring in rings:
        pts = frame.px(ring)
        # Points closer than half a pixel to the previous one add nothing to the picture.
        half = np.round(pts * 2)
        keep = np.r_[True, np.any(half[1:] != half[:-1], axis=1)]
        pts = pts[keep]
        if len(pts) < 3:
            continue
        # One %-format over the whole ring: per-point f-strings were half the export time.
        parts.append("M" + ("%.1f,%.1f " * len(pts)) % tuple(pts.ravel().tolist()) + "Z")
    return "".join(parts)


def _line_data(points: np.ndarray, frame: Frame) -> str:
    pts = frame.px(points)
    return "M" + ("%.1f,%.1f " * len(pts)) % tuple(pts.ravel().tolist())


def _text(
    x: float,
    y: float,
    s: str,
    px: float,
    *,
    weight: str = "normal",
    fill: str = TEXT,
    anchor: str = "start",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{px}" '
        f'font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{escape(s)}</text>'
    )


def _wrap(text: str, width_px: float, px: float) -> list[str]:
    """Split the footer at " · " so each line fits (DejaVu Sans: ~0.6 em a character)."""
    per_line = max(20, int(width_px / (0.6 * px)))
    lines, line = [], ""
    for part in text.split(" · "):
        candidate = f"{line} · {part}" if line else part
        if line and len(candidate) > per_line:
            lines.append(line)
            line = part
        else:
            line = candidate
    lines.append(line)
    return lines


def flow_width(spec: MapSpec, doses: float, biggest: float | None = None) -> float:
    """Stroke width in pixels, proportional to doses (the largest flow: MAX_FLOW_PX)."""
    if biggest is None:
        biggest = max((f.delivered + f.outstanding for f in spec.flows), default=0)
    if not biggest or doses <= 0:
        return 0.0
    return max(0.8, MAX_FLOW_PX * doses / biggest)


def map_svg(spec: MapSpec, width: int = 1600, height: int = 900, *, flows: bool = True) -> str:
    """The whole picture: title, map, flows, colour key, footer."""
    margin = 24.0
    footer_px = 12
    footer = _wrap(spec.footer, width - 2 * margin, footer_px)
    legend_h = 56.0
    map_top = 84.0
    map_bottom = height - legend_h - 18.0 * len(footer) - 20.0
    frame = map_frame(spec, margin, map_top, width - 2 * margin, map_bottom - map_top)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape(spec.title)}</title>",
        f"<desc>{escape(spec.subtitle)} · {escape(spec.footer)}</desc>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="{BACKGROUND}"/>',
        _text(margin, 40, spec.title, 24, weight="bold"),
        _text(margin, 66, spec.subtitle, 15, fill=MUTED),
        f'<path id="sphere" d="{_path_data([world_outline()], frame)}" fill="{OCEAN}" '
        f'stroke="#C9D3DC" stroke-width="0.8"/>',
        '<g id="countries">',
    ]
    dots = set(spec.dots)
    shapes = spec.atlas.shapes
    # Shapes first, dots after, so no large neighbour covers a small state's dot.
    order = sorted(shapes, key=lambda c: (not shapes[c].has_shape, c))
    for iso3 in order:
        shape = shapes[iso3]
        fill = spec.fill(iso3)
        donor = iso3 in spec.donors
        stroke, sw = (DONOR_OUTLINE, 1.6) if donor else (BORDER, 0.5)
        body = []
        if shape.has_shape:
            d = _path_data(shape.rings, frame)
            if d:
                body.append(
                    f'<path d="{d}" fill="{fill}" fill-rule="evenodd" stroke="{stroke}" '
                    f'stroke-width="{sw}" stroke-linejoin="round"/>'
                )
        if iso3 in dots:
            ((cx, cy),) = frame.px(np.array([shape.centroid]))
            dot_stroke = DONOR_OUTLINE if donor else "#4D4D4D"
            body.append(
                f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{DOT_RADIUS}" fill="{fill}" '
                f'stroke="{dot_stroke}" stroke-width="{1.2 if donor else 0.6}"/>'
            )
        if not body:
            continue
        out.append(
            f'<g id={quoteattr(iso3)} class="country"><title>{escape(spec.describe(iso3))}'
            f"</title>{''.join(body)}</g>"
        )
    out.append("</g>")
    if flows and spec.flows:
        out.append('<g id="flows" fill="none" stroke-linecap="round">')
        biggest = max(f.delivered + f.outstanding for f in spec.flows)
        for f in reversed(spec.flows):  # the biggest on top
            title = f"<title>{escape(spec.flow_text(f))}</title>"
            if f.delivered:
                d = _line_data(f.arc, frame)
                out.append(
                    f'<path class="flow delivered" d="{d}" stroke="{FLOW_COLOUR}" '
                    f'stroke-opacity="0.8" stroke-width="{flow_width(spec, f.delivered, biggest):.2f}">'
                    f"{title}</path>"
                )
            if f.outstanding:
                bent = arc(tuple(f.arc[0]), tuple(f.arc[-1]), bend=0.26)
                d = _line_data(bent, frame)
                out.append(
                    f'<path class="flow outstanding" d="{d}" stroke="{FLOW_COLOUR}" '
                    f'stroke-opacity="0.8" stroke-dasharray="6,4" '
                    f'stroke-width="{flow_width(spec, f.outstanding, biggest):.2f}">{title}</path>'
                )
        out.append("</g>")
    out += _legend(spec, margin, map_bottom + 12, flows=flows and bool(spec.flows))
    y = height - 14.0 - 18.0 * (len(footer) - 1)
    for line in footer:
        out.append(_text(margin, y, line, footer_px, fill=MUTED))
        y += 18.0
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _legend(spec: MapSpec, x: float, y: float, *, flows: bool) -> list[str]:
    t = spec.labels
    out = ['<g id="legend">']
    unit = t["per_100"] if spec.per_capita else t["doses"]
    key_title = f"{t[spec.measure].capitalize()} ({unit})"
    out.append(_text(x, y + 12, key_title, 13, weight="bold"))
    cx = x
    for colour, label in spec.legend():
        out.append(
            f'<rect x="{cx:.1f}" y="{y + 22:.1f}" width="18" height="14" fill="{colour}" '
            f'stroke="#9AA0A6" stroke-width="0.5"/>'
        )
        out.append(_text(cx + 24, y + 34, label, 12))
        cx += 24 + 0.62 * 12 * len(label) + 18
    cx += 12
    out.append(
        f'<rect x="{cx:.1f}" y="{y + 22:.1f}" width="18" height="14" fill="none" '
        f'stroke="{DONOR_OUTLINE}" stroke-width="1.6"/>'
    )
    out.append(_text(cx + 24, y + 34, t["legend_donor"], 12))
    cx += 24 + 0.62 * 12 * len(t["legend_donor"]) + 24
    if flows:
        for label, dash in ((t["legend_delivered"], ""), (t["legend_outstanding"], "6,4")):
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(
                f'<path d="M{cx:.1f},{y + 29:.1f} L{cx + 30:.1f},{y + 29:.1f}" '
                f'stroke="{FLOW_COLOUR}" stroke-width="3"{dash_attr} fill="none"/>'
            )
            out.append(_text(cx + 36, y + 34, label, 12))
            cx += 36 + 0.62 * 12 * len(label) + 24
    if spec.not_on_map:
        out.append(
            _text(
                x,
                y + 52,
                t["not_on_map"].format(doses=format_doses(spec.not_on_map)),
                12,
                fill=MUTED,
            )
        )
    out.append("</g>")
    return out
