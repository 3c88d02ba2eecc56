"""What the timeline chart draws, as Qt-free values: step series, markers, the spec.

:func:`tracker.present.chart_spec.build_chart_spec` fills a :class:`ChartSpec`;
``tracker.timeline`` draws it on screen and to PNG/SVG/PDF, so the screen and every
export use the same numbers and the same words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from tracker.domain.actors import actors
from tracker.domain.filters import Filters
from tracker.domain.vaccines import vaccines
from tracker.present.formats import date_of, day_number, format_date, format_doses, format_range
from tracker.present.words import CHART


@dataclass(frozen=True)
class StepSeries:
    """A cumulative series that changes only on ``x`` (value after the change: ``y``)."""

    label: str
    x: np.ndarray
    y: np.ndarray
    baseline: float = 0.0  # the value before the first change (carried into the range)

    def value_at(self, x: float) -> float:
        i = int(np.searchsorted(self.x, x, side="right")) - 1
        return float(self.y[i]) if i >= 0 else self.baseline

    def values_at(self, xs: np.ndarray) -> np.ndarray:
        i = np.searchsorted(self.x, xs, side="right") - 1
        return np.where(i >= 0, self.y[np.clip(i, 0, None)] if len(self.y) else 0.0, self.baseline)

    def polyline(self, x_from: float, x_to: float) -> tuple[np.ndarray, np.ndarray]:
        """Vertices of the step line from ``x_from`` to ``x_to`` (each change doubled)."""
        inside = (self.x > x_from) & (self.x < x_to)
        xs, ys = self.x[inside], self.y[inside]
        start = self.value_at(x_from)
        before = np.concatenate([[start], ys[:-1]]) if len(ys) else np.empty(0)
        px = np.empty(2 * len(xs) + 2)
        py = np.empty_like(px)
        px[0], py[0] = x_from, start
        px[1:-1:2], py[1:-1:2] = xs, before
        px[2:-1:2], py[2:-1:2] = xs, ys
        px[-1], py[-1] = x_to, ys[-1] if len(ys) else start
        return px, py


# What a delivery marker needs (its tooltip included) of frames.deliveries' columns.
MARK_COLUMNS = ("id", "date", "donor", "recipient", "vaccine", "doses", "status", "commitment")


@dataclass(frozen=True)
class RecordMarks:
    """Markers of records whose tooltips read the record's row of ``frame`` in ``lang``."""

    frame: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame, kw_only=True)
    lang: str = field(default="en", kw_only=True)

    def _row(self, i: int) -> tuple[pd.Series, dict[str, Any]]:
        """Record ``i``'s row and the chart's words in ``lang``."""
        return self.frame.iloc[i], CHART[self.lang]

    @staticmethod
    def _source_line(r: pd.Series, t: dict[str, Any]) -> str:
        return f"{t['source']}: {r['source'] or t['no_source']}"


@dataclass(frozen=True)
class DeliveryMarks(RecordMarks):
    """One marker per delivery: x, doses, vaccine, and the delivered level it sits on."""

    x: np.ndarray
    doses: np.ndarray
    vaccine: np.ndarray  # object array of vaccine codes
    record_id: np.ndarray
    level: np.ndarray  # cumulative delivered on that day (where the marker sits)
    delivered: np.ndarray  # bool: arrived (filled marker) or only scheduled/in transit

    def __len__(self) -> int:
        return len(self.x)

    def tooltip(self, i: int) -> str:
        r, t = self._row(i)
        name = actor_name
        status = t["status"].get(str(r["status"]), str(r["status"]))
        lines = [
            f"{r['id'] or '#' + str(r['record_id'])} · {name(r['donor'], self.lang)} → "
            f"{name(r['recipient'], self.lang)}",
            f"{format_doses(int(r['doses']), self.lang)} {t['doses_word']} · "
            f"{vaccine_name(r['vaccine'], self.lang)}",
            f"{status} {format_date(r['date'], self.lang)}",
        ]
        if r.get("commitment"):
            lines.append(f"{t['fulfils']} {r['commitment']}")
        lines.append(self._source_line(r, t))
        return "\n".join(lines)


@dataclass(frozen=True)
class EventMarks(RecordMarks):
    """One marker per policy event; ``end`` is NaN for a single day."""

    start: np.ndarray
    end: np.ndarray
    title: tuple[str, ...]
    category: tuple[str, ...]
    record_id: np.ndarray
    priority: np.ndarray  # which labels win when space is short: periods, then pair events

    def __len__(self) -> int:
        return len(self.start)

    def tooltip(self, i: int) -> str:
        r, t = self._row(i)
        when = format_date(r["date"], self.lang)
        if r["end_date"] is not None and not pd.isna(r["end_date"]):
            when = format_range(r["date"], r["end_date"], self.lang)
        lines = [str(r["title"]), f"{when} · {t['categories'].get(r['category'], r['category'])}"]
        if r["description"]:
            lines.append(wrap(str(r["description"])))
        lines.append(self._source_line(r, t))
        return "\n".join(lines)


@dataclass(frozen=True)
class CheckpointMarks:
    """Official tallies drawn on the delivered line of their pair (their own level)."""

    x: np.ndarray
    tally: np.ndarray
    recorded: np.ndarray
    record_id: np.ndarray
    status: tuple[str, ...]
    ref: tuple[str, ...]
    lang: str = "en"

    def __len__(self) -> int:
        return len(self.x)

    def tooltip(self, i: int) -> str:
        t = CHART[self.lang]
        n = abs(int(self.tally[i]) - int(self.recorded[i]))
        tip: str = t["tally_tip"]
        return tip.format(
            ref=self.ref[i],
            tally=format_doses(int(self.tally[i]), self.lang),
            date=format_date(date_of(self.x[i]), self.lang),
            recorded=format_doses(int(self.recorded[i]), self.lang),
            status=t["tally_status"][self.status[i]].format(n=format_doses(n, self.lang)),
        )


@dataclass(frozen=True)
class ContextSeries:
    """Monthly (or other) points of a context series, drawn as bars."""

    code: str
    title: str
    unit: str
    x: np.ndarray  # start of each period
    width: np.ndarray  # its length in days
    value: np.ndarray
    source: str


@dataclass
class ChartSpec:
    """Everything the timeline draws, and every word it writes."""

    title: str
    subtitle: str  # the date range and selection, e.g. "1 Jan 2021 – 31 Dec 2021"
    lang: str
    date_from: dt.date
    date_to: dt.date
    committed: StepSeries
    delivered: StepSeries
    deliveries: DeliveryMarks
    events: EventMarks
    pledges: StepSeries  # pledges to several recipients, apart (empty when folded in)
    checkpoints: CheckpointMarks
    context: ContextSeries | None
    footer: str
    as_of: dt.date | None
    sources: list[tuple[str, int]]  # (domain, records citing it), most cited first
    labels: dict[str, str]  # legend and axis words, see ``tracker.present.words.CHART``
    vaccine_names: dict[str, str]
    category_names: dict[str, str]
    month_names: tuple[str, ...]
    filters: Filters = field(default_factory=Filters)
    #: The cumulative lines stop here (day after the data's as-of date), or at x_to.
    data_end: float | None = None

    @property
    def x_from(self) -> float:
        return day_number(self.date_from)

    @property
    def x_to(self) -> float:
        """The end of the last day (the range is inclusive)."""
        return day_number(self.date_to) + 1.0


def actor_name(code: str, lang: str) -> str:
    """The actor's name in ``lang``, else its code."""
    if code in actors():
        a = actors().get(code)
        return a.name_es if lang == "es" else a.name
    return code


def vaccine_name(code: str, lang: str = "en") -> str:
    """The vaccine's name in ``lang``, else its code."""
    return vaccines().get(code).name_in(lang) if code in vaccines() else code


def wrap(text: str, width: int = 70, max_lines: int = 4) -> str:
    """``text`` in lines of at most ``width`` characters, cut (…) after ``max_lines``."""
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += " …"
    return "\n".join(lines)
