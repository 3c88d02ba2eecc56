"""The map's constants and arc geometry: light to import (numpy only), so the window can
build its map view before pandas and SQLAlchemy are loaded."""

from __future__ import annotations

import numpy as np

MEASURES = ("delivered", "committed", "outstanding")
#: Countries smaller than this (projected, radius-1 units: about 10,000 km²) also get a
#: dot, so Mauritius, the Maldives or Barbados are never lost at world scale.
SMALL_AREA = 2.5e-4
#: Companies ship from their home country: their flows start there.
HOME_COUNTRY = {
    "SINOVAC": "CHN",
    "SINOPHARM": "CHN",
    "CANSINO": "CHN",
    "RDIF": "RUS",
    "SII": "IND",
    "ASTRAZENECA": "GBR",
}
#: Sequential, colour-blind safe (ColorBrewer YlGnBu, 6 classes) and the "none" grey.
PALETTE = ("#FFFFCC", "#C7E9B4", "#7FCDBB", "#41B6C4", "#2C7FB8", "#253494")
NO_DATA = "#E3E3E3"
DONOR_OUTLINE = "#D55E00"  # Okabe–Ito vermillion: not in the sequential ramp
FLOW_COLOUR = "#CC79A7"  # Okabe–Ito purple


def arc(
    p0: tuple[float, float], p1: tuple[float, float], bend: float = 0.18, n: int = 24
) -> np.ndarray:
    """A quadratic curve from ``p0`` to ``p1`` bulging to the left of travel."""
    (x0, y0), (x1, y1) = p0, p1
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    cx, cy = mx - dy * bend, my + dx * bend
    t = np.linspace(0.0, 1.0, n)[:, None]
    a, b, c = np.array([x0, y0]), np.array([cx, cy]), np.array([x1, y1])
    curve: np.ndarray = (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t**2 * c
    return curve
