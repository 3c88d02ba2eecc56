"""The chart's colours stay apart for colour-blind readers, and shape backs colour up.

Colour-vision deficiencies are simulated with the Machado et al. (2009) matrices for
full protanopia, deuteranopia and tritanopia, applied in linear RGB; distances are
CIELAB ΔE*76 (about 2.3 is just noticeable; markers need far more than that).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from tracker.domain.vaccines import VACCINES
from tracker.timeline.style import (
    CATEGORY_COLOURS,
    VACCINE_COLOURS,
    category_symbol,
    vaccine_style,
)

VISION = {
    "normal": np.eye(3),
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
         [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
         [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
         [0.004733, 0.691367, 0.303900]]
    ),
}  # fmt: skip
MIN_DELTA_E = 15.0


def _linear(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear_rgb: np.ndarray) -> np.ndarray:
    rgb = np.clip(linear_rgb, 0, 1)
    xyz = (
        np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
        @ rgb
    )
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest_pair(colours, vision: str) -> float:
    m = VISION[vision]
    return min(
        float(np.linalg.norm(_lab(m @ _linear(a)) - _lab(m @ _linear(b))))
        for a, b in itertools.combinations(colours, 2)
    )


@pytest.mark.parametrize("vision", list(VISION))
def test_vaccine_and_category_colours_stay_apart(vision):
    assert closest_pair(VACCINE_COLOURS, vision) >= MIN_DELTA_E
    assert closest_pair(CATEGORY_COLOURS.values(), vision) >= MIN_DELTA_E


def test_the_simulation_would_catch_a_red_green_pair():
    # Red and green are the classic confusion: far apart normally, close for deuteranopes.
    assert closest_pair(["#D00000", "#4A8F00"], "normal") >= MIN_DELTA_E
    assert closest_pair(["#D00000", "#4A8F00"], "deuteranopia") < MIN_DELTA_E


def test_markers_differ_by_shape_as_well_as_colour():
    order = [v.code for v in VACCINES]
    styles = [vaccine_style(code, order) for code in order]
    assert len(set(styles)) == len(styles), "every vaccine has its own colour-and-shape"
    first = [symbol for _colour, symbol in styles[:8]]
    assert len(set(first)) == len(first), "neighbouring vaccines never share a shape"
    shapes = [category_symbol(c) for c in CATEGORY_COLOURS]
    assert len(set(shapes)) == len(shapes), "each event category has its own shape"
