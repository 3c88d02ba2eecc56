"""Dates, doses and x positions as the chart, map and report write them (no Qt).

The x axis of the timeline is calendar days since 1970-01-01 (floats, no time zone):
day ``d`` is drawn at ``day_number(d)`` and the whole day spans ``[x, x + 1)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from urllib.parse import urlsplit

import numpy as np

from tracker.present.words import CHART

EPOCH = dt.date(1970, 1, 1)


def format_date(day: dt.date, lang: str = "en") -> str:
    """18 Mar 2021 / 18 mar 2021."""
    months: tuple[str, ...] = CHART[lang]["months"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_range(first: dt.date, last: dt.date, lang: str = "en") -> str:
    return f"{format_date(first, lang)} – {format_date(last, lang)}"


def format_doses(n: float, lang: str = "en") -> str:
    """Whole figures with thousands grouped: 2,700,000.

    Spanish follows the Mexican convention (comma for thousands, point for decimals),
    which is also what the app's tables show under es_MX, the main Spanish audience.
    """
    return f"{int(round(n)):,}"


def format_short(n: float, lang: str = "en") -> str:
    """Axis figures: 2 bn, 2.5 M, 150 k (en) / 2000 M, 2.5 M, 150 mil (es)."""
    t = CHART[lang]
    if abs(n) >= 1e9 and lang == "en":  # Spanish "mil millones" reads better as 2000 M
        text, unit = f"{n / 1e9:.2f}".rstrip("0").removesuffix("."), "bn"
    elif abs(n) >= 1e6:
        text, unit = f"{n / 1e6:.2f}".rstrip("0").removesuffix("."), t["million"]
    elif abs(n) >= 1e3:
        text, unit = f"{n / 1e3:.0f}", t["thousand"]
    else:
        return f"{n:g}"
    return f"{text} {unit}"


def day_number(day: dt.date) -> float:
    """Calendar date -> x (days since 1970-01-01). No clock, so no time zone."""
    return float((day - EPOCH).days)


def date_of(x: float) -> dt.date:
    """x -> the calendar date whose day contains it."""
    return EPOCH + dt.timedelta(days=int(np.floor(x)))


def ordinals(values: Collection[dt.date]) -> np.ndarray:
    """Dates (not None) -> their proleptic ordinals, as int64."""
    return np.fromiter((d.toordinal() for d in values), dtype=np.int64, count=len(values))


def days(values: Collection[dt.date]) -> np.ndarray:
    """Dates (not None) -> x. Through ordinals: ten times faster than numpy's own
    conversion of ``datetime.date`` objects, exact for every year."""
    return (ordinals(values) - EPOCH.toordinal()).astype(float)


def domain_of(url: object) -> str:
    """The host a source URL names, without ``www.``."""
    return (urlsplit(str(url)).hostname or "").removeprefix("www.")
