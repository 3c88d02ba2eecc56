"""What the timeline chart shows, prepared without Qt: series, markers, labels, footer.

``tracker.timeline`` draws a :class:`ChartSpec` on screen and to PNG/SVG/PDF, so the
screen and every export use the same numbers and the same words. The x axis is
calendar days since 1970-01-01 (floats, no time zone): day ``d`` is drawn at
``day_number(d)`` and the whole day spans ``[x, x + 1)``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from tracker.domain.actors import actors
from tracker.domain.filters import Filters
from tracker.domain.reconcile import data_as_of
from tracker.domain.vaccines import vaccines
from tracker.io.text_search import search
from tracker.store import frames
from tracker.store.database import Store
from tracker.store.reconcile import datasets_in, reconcile, several_recipient_codes

EPOCH = dt.date(1970, 1, 1)
#: The context series drawn under the lanes, in order of preference.
CONTEXT_SERIES = ("cbp-sw-encounters",)

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")

#: Every word the chart writes, per language (dates formatted here too: no Qt in io).
TEXT: dict[str, dict] = {
    "en": {
        "committed": "Doses committed (cumulative)",
        "delivered": "Doses delivered (cumulative)",
        "outstanding": "Committed, not yet delivered",
        "beyond": "Delivered beyond the commitments recorded",
        # The legend's short forms (the axis says "Doses"; the subtitle, "cumulative").
        "legend_committed": "Committed",
        "legend_delivered": "Delivered",
        "legend_outstanding": "Not yet delivered",
        "legend_beyond": "Beyond commitments",
        "legend_pledges": "Global pledges",
        "legend_tally": "Official tally",
        "pledges": "Pledges to several recipients (cumulative)",
        "pledges_axis": "Pledges",
        "tally": "Official tally (checkpoint)",
        "no_data_after": "No data after {date}",
        "tally_tip": "Official tally {ref}: {tally} doses by {date}\nRecorded deliveries: {recorded}\n{status}",
        "tally_status": {
            "matches": "Matches the recorded deliveries",
            "missing": "Deliveries missing from the data: {n}",
            "exceeds": "Recorded deliveries exceed the tally by {n}",
            "not-recorded": "No delivery of this pair is recorded",
        },
        "doses_axis": "Cumulative doses",
        "events_axis": "Policy events",
        "context_axis": "Encounters",
        "deliveries_legend": "Delivery (area ∝ doses)",
        "doses_word": "doses",
        "title_tail": "vaccine doses and policy events",
        "all_donors": "All donors",
        "all_recipients": "all recipients",
        "sources": "Sources",
        "no_sources": "none recorded",
        "more_sources": "and {n} more",
        "as_of": "Data as of",
        "app": "Vaccine Diplomacy Tracker",
        "source": "Source",
        "no_source": "none recorded",
        "fulfils": "Fulfils commitment",
        "more_events": "+{n}",
        "million": "M",
        "thousand": "k",
        "months": _MONTHS_EN,
        "status": {
            "delivered": "Arrived",
            "scheduled": "Scheduled for",
            "in_transit": "In transit,",
        },
        "categories": {
            "migration": "Migration",
            "border": "Border",
            "diplomacy": "Diplomacy",
            "trade": "Trade",
            "health": "Health",
            "other": "Other",
        },
    },
    "es": {
        "committed": "Dosis comprometidas (acumuladas)",
        "delivered": "Dosis entregadas (acumuladas)",
        "outstanding": "Comprometidas, aún no entregadas",
        "beyond": "Entregadas más allá de los compromisos registrados",
        "legend_committed": "Comprometidas",
        "legend_delivered": "Entregadas",
        "legend_outstanding": "Aún no entregadas",
        "legend_beyond": "Más allá de lo comprometido",
        "legend_pledges": "Promesas globales",
        "legend_tally": "Cifra oficial",
        "pledges": "Promesas a varios receptores (acumuladas)",
        "pledges_axis": "Promesas",
        "tally": "Cifra oficial (punto de control)",
        "no_data_after": "Sin datos después del {date}",
        "tally_tip": "Cifra oficial {ref}: {tally} dosis al {date}\nEntregas registradas: {recorded}\n{status}",
        "tally_status": {
            "matches": "Coincide con las entregas registradas",
            "missing": "Faltan entregas en los datos: {n}",
            "exceeds": "Las entregas registradas superan la cifra en {n}",
            "not-recorded": "No hay entregas registradas de este par",
        },
        "doses_axis": "Dosis acumuladas",
        "events_axis": "Eventos de política",
        "context_axis": "Encuentros",
        "deliveries_legend": "Entrega (área ∝ dosis)",
        "doses_word": "dosis",
        "title_tail": "dosis de vacunas y eventos de política",
        "all_donors": "Todos los donantes",
        "all_recipients": "todos los receptores",
        "sources": "Fuentes",
        "no_sources": "ninguna registrada",
        "more_sources": "y {n} más",
        "as_of": "Datos al",
        "app": "Vaccine Diplomacy Tracker",
        "source": "Fuente",
        "no_source": "ninguna registrada",
        "fulfils": "Cumple el compromiso",
        "more_events": "+{n}",
        "million": "M",
        "thousand": "mil",
        "months": _MONTHS_ES,
        "status": {
            "delivered": "Llegó el",
            "scheduled": "Prevista para el",
            "in_transit": "En tránsito,",
        },
        "categories": {
            "migration": "Migración",
            "border": "Frontera",
            "diplomacy": "Diplomacia",
            "trade": "Comercio",
            "health": "Salud",
            "other": "Otro",
        },
    },
}


def format_date(day: dt.date, lang: str = "en") -> str:
    """18 Mar 2021 / 18 mar 2021."""
    return f"{day.day} {TEXT[lang]['months'][day.month - 1]} {day.year}"


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
    t = TEXT[lang]
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


def _days(values) -> np.ndarray:
    """Dates (not None) -> x. Through ordinals: ten times faster than numpy's own
    conversion of ``datetime.date`` objects, exact for every year."""
    ordinals = np.fromiter((d.toordinal() for d in values), dtype=np.int64, count=len(values))
    return (ordinals - EPOCH.toordinal()).astype(float)


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
class DeliveryMarks:
    """One marker per delivery: x, doses, vaccine, and the delivered level it sits on."""

    x: np.ndarray
    doses: np.ndarray
    vaccine: np.ndarray  # object array of vaccine codes
    db_id: np.ndarray
    level: np.ndarray  # cumulative delivered on that day (where the marker sits)
    delivered: np.ndarray  # bool: arrived (filled marker) or only scheduled/in transit
    frame: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)
    lang: str = "en"

    def __len__(self) -> int:
        return len(self.x)

    def tooltip(self, i: int) -> str:
        r = self.frame.iloc[i]
        t = TEXT[self.lang]
        name = _actor_name
        status = t["status"].get(str(r["status"]), str(r["status"]))
        lines = [
            f"{r['id'] or '#' + str(r['db_id'])} · {name(r['donor'], self.lang)} → "
            f"{name(r['recipient'], self.lang)}",
            f"{format_doses(int(r['doses']), self.lang)} {t['doses_word']} · "
            f"{_vaccine_name(r['vaccine'])}",
            f"{status} {format_date(r['date'], self.lang)}",
        ]
        if r.get("commitment"):
            lines.append(f"{t['fulfils']} {r['commitment']}")
        lines.append(f"{t['source']}: {r['source'] or t['no_source']}")
        return "\n".join(lines)


@dataclass(frozen=True)
class EventMarks:
    """One marker per policy event; ``end`` is NaN for a single day."""

    start: np.ndarray
    end: np.ndarray
    title: tuple[str, ...]
    category: tuple[str, ...]
    db_id: np.ndarray
    priority: np.ndarray  # which labels win when space is short: periods, then pair events
    frame: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)
    lang: str = "en"

    def __len__(self) -> int:
        return len(self.start)

    def tooltip(self, i: int) -> str:
        r = self.frame.iloc[i]
        t = TEXT[self.lang]
        when = format_date(r["date"], self.lang)
        if r["end_date"] is not None and not pd.isna(r["end_date"]):
            when = format_range(r["date"], r["end_date"], self.lang)
        lines = [str(r["title"]), f"{when} · {t['categories'].get(r['category'], r['category'])}"]
        if r["description"]:
            lines.append(_wrap(str(r["description"])))
        lines.append(f"{t['source']}: {r['source'] or t['no_source']}")
        return "\n".join(lines)


@dataclass(frozen=True)
class CheckpointMarks:
    """Official tallies drawn on the delivered line of their pair (their own level)."""

    x: np.ndarray
    tally: np.ndarray
    recorded: np.ndarray
    db_id: np.ndarray
    status: tuple[str, ...]
    ref: tuple[str, ...]
    lang: str = "en"

    def __len__(self) -> int:
        return len(self.x)

    def tooltip(self, i: int) -> str:
        t = TEXT[self.lang]
        n = abs(int(self.tally[i]) - int(self.recorded[i]))
        return t["tally_tip"].format(
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
    labels: dict[str, str]  # legend and axis words, see ``chart_text.TEXT``
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


def _actor_name(code: str, lang: str) -> str:
    if code in actors():
        a = actors().get(code)
        return a.name_es if lang == "es" else a.name
    return code


def _vaccine_name(code: str) -> str:
    return vaccines().get(code).name if code in vaccines() else code


def _wrap(text: str, width: int = 70, max_lines: int = 4) -> str:
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


def default_title(f: Filters, lang: str = "en") -> str:
    t = TEXT[lang]

    def names(codes: tuple[str, ...], everyone: str) -> str:
        return ", ".join(_actor_name(c, lang) for c in codes) if codes else everyone

    pair = f"{names(f.donors, t['all_donors'])} → {names(f.recipients, t['all_recipients'])}"
    return f"{pair}: {t['title_tail']}"


def committed_steps(commitments: pd.DataFrame, revisions: pd.DataFrame) -> pd.Series:
    """Change in doses committed per day: each revision replaces its predecessor's figure.

    A commitment announced at 2.5 M and revised to 2.7 M adds +2.5 M then +0.2 M; a
    cancellation takes its figure back out. Commitments without revision rows count
    their own figure on their announcement day.
    """
    deltas: dict[dt.date, float] = {}
    revised = set()
    if len(revisions):
        revs = revisions.sort_values(["commitment_id", "date", "db_id"])
        for cid, group in revs.groupby("commitment_id", sort=False):
            revised.add(int(cid))
            prev = 0.0
            for day, doses, status in zip(
                group["date"], group["doses"], group["status"], strict=True
            ):
                now = 0.0 if status == "cancelled" else float(doses)
                deltas[day] = deltas.get(day, 0.0) + now - prev
                prev = now
    for cid, day, doses, status in zip(
        commitments["db_id"],
        commitments["date"],
        commitments["doses"],
        commitments["status"],
        strict=True,
    ):
        if int(cid) not in revised and status != "cancelled":
            deltas[day] = deltas.get(day, 0.0) + float(doses)
    return pd.Series(deltas, dtype=float).sort_index()


def _step_series(label: str, changes: pd.Series, x_from: float) -> StepSeries:
    changes = changes[changes != 0]
    x = _days(changes.index)
    y = np.cumsum(changes.to_numpy(dtype=float))
    before = x < x_from
    baseline = float(y[before][-1]) if before.any() else 0.0
    return StepSeries(label, x, y, baseline)


def _mask(values: list[bool]) -> np.ndarray:
    """A row mask (a bare empty list would select columns instead)."""
    return np.array(values, dtype=bool)


def _extent(*columns: pd.Series) -> tuple[dt.date | None, dt.date | None]:
    present = [col[col.notna()] for col in columns]
    present = [col for col in present if len(col)]
    if not present:
        return None, None
    return min(min(col) for col in present), max(max(col) for col in present)


def _domain(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _footer(sources: list[tuple[str, int]], as_of: dt.date | None, lang: str, limit: int) -> str:
    t = TEXT[lang]
    shown, length = [], 0
    for domain, _n in sources:
        if shown and length + len(domain) > limit:
            break
        shown.append(domain)
        length += len(domain) + 2
    more = len(sources) - len(shown)
    text = f"{t['sources']}: " + (", ".join(shown) if shown else t["no_sources"])
    if more:
        text += " " + t["more_sources"].format(n=more)
    if as_of:
        text += f" · {t['as_of']} {format_date(as_of, lang)}"
    return text + f" · {t['app']}"


def build_chart_spec(
    store: Store, filters: Filters, *, title: str | None = None, lang: str = "en"
) -> ChartSpec:
    """Prepare the timeline of ``filters``' selection (dates inclusive) in ``lang``."""
    lang = lang if lang in TEXT else "en"
    t = TEXT[lang]
    # Cumulative lines count everything before the range too, so they start at the
    # level reached by ``date_from`` rather than at zero.
    text = filters.text  # the free-text search narrows the chart as it does the tables
    undated = Filters(
        donors=filters.donors,
        recipients=filters.recipients,
        vaccines=filters.vaccines,
        deal_types=filters.deal_types,
        channels=filters.channels,
    )
    com = search(frames.commitments(store, undated, with_sources=True), "commitments", text)
    revs = frames.revisions(store, [int(i) for i in com["db_id"]]) if len(com) else None
    marks = MARK_COLUMNS + (("notes",) if text.strip() else ())
    dels = frames.deliveries(store, undated, with_sources=True, columns=marks)
    dels = search(dels, "deliveries", text)
    evs = search(frames.events(store, filters, with_sources=True), "events", text)

    lo, hi = _extent(com["date"], dels["date"], evs["date"], evs["end_date"])
    today = dt.date.today()
    date_from = filters.date_from or lo or today.replace(month=1, day=1)
    date_to = filters.date_to or hi or today
    if date_to < date_from:
        date_to = date_from
    x_from = day_number(date_from)

    # Pledges to several recipients are a series of their own unless asked for.
    several = several_recipient_codes(store)
    group = _mask([r in several for r in com["recipient"]])
    revs = revs if revs is not None else pd.DataFrame()

    def steps(subset: pd.DataFrame) -> pd.Series:
        # A part whose container is in the same line is already counted (G7 ⊃ US 500 M).
        if "part_of" in subset and len(subset):
            refs = set(subset["id"].dropna())
            subset = subset[~subset["part_of"].isin(refs).to_numpy(dtype=bool)]
        own = revs[revs["commitment_id"].isin(subset["db_id"])] if len(revs) else revs
        return committed_steps(subset, own)

    line = com if filters.group_pledges else com[~group]
    committed = _step_series(t["committed"], steps(line), x_from)
    pledges = _step_series(
        t["pledges"], steps(com[group]) if not filters.group_pledges else pd.Series(), x_from
    )
    arrived = dels[dels["status"] == "delivered"] if len(dels) else dels
    delivered = _step_series(
        t["delivered"],
        arrived.groupby("date")["doses"].sum().astype(float) if len(arrived) else pd.Series(),
        x_from,
    )
    as_of = data_as_of(datasets_in(store), [])
    if len(arrived):
        latest = max(arrived["date"])
        as_of = max(as_of, latest) if as_of else latest
    data_end = day_number(as_of) + 1.0 if as_of and as_of < date_to else None
    all_x = _days(dels["date"])
    in_range = (all_x >= x_from) & (all_x <= day_number(date_to))
    shown = dels[in_range].reset_index(drop=True)
    dx = all_x[in_range]
    marks = DeliveryMarks(
        x=dx,
        doses=shown["doses"].to_numpy(dtype=np.int64),
        vaccine=shown["vaccine"].to_numpy(dtype=object),
        db_id=shown["db_id"].to_numpy(dtype=np.int64),
        level=delivered.values_at(dx),
        delivered=(shown["status"] == "delivered").to_numpy(dtype=bool),
        frame=shown,
        lang=lang,
    )
    evs = evs.reset_index(drop=True)
    has_end = evs["end_date"].notna().to_numpy(dtype=bool)
    ends = np.full(len(evs), np.nan)
    ends[has_end] = _days(evs["end_date"][has_end]) + 1.0
    events = EventMarks(
        start=_days(evs["date"]),
        end=ends,
        title=tuple(evs["title"].astype(str)),
        category=tuple(evs["category"].astype(str)),
        db_id=evs["db_id"].to_numpy(dtype=np.int64),
        priority=_priority(evs, filters),
        frame=evs,
        lang=lang,
    )
    context = _context(store, date_from, date_to)

    # Sources of what is drawn: in-range markers, the commitments behind the line, events.
    # Counted per distinct cell first: 100,000 deliveries cite a few hundred URLs.
    cited = Counter()
    in_range_com = com[_mask([d <= date_to for d in com["date"]])]
    for frame in (shown, in_range_com, evs):
        for col in ("source", "other_sources"):
            if col not in frame:
                continue
            for urls, n in frame[col].value_counts().items():
                for url in str(urls or "").split():
                    cited[_domain(url)] += int(n)
    if context is not None and context.source:
        cited[_domain(context.source)] += 1
    cited.pop("", None)
    sources = sorted(cited.items(), key=lambda kv: (-kv[1], kv[0]))

    subtitle = format_range(date_from, date_to, lang)
    if filters.vaccines:
        subtitle += " · " + ", ".join(_vaccine_name(v) for v in filters.vaccines)
    return ChartSpec(
        title=title or default_title(filters, lang),
        subtitle=subtitle,
        lang=lang,
        date_from=date_from,
        date_to=date_to,
        committed=committed,
        delivered=delivered,
        deliveries=marks,
        events=events,
        pledges=pledges,
        checkpoints=_checkpoints(store, filters, date_from, date_to, lang, several),
        context=context,
        footer=_footer(sources, as_of, lang, limit=150),
        as_of=as_of,
        sources=sources,
        labels={k: v for k, v in t.items() if isinstance(v, str)},
        vaccine_names={v.code: v.name for v in vaccines()},
        category_names=dict(t["categories"]),
        month_names=tuple(t["months"]),
        filters=filters,
        data_end=data_end,
    )


def _checkpoints(
    store: Store, f: Filters, date_from: dt.date, date_to: dt.date, lang: str, several: set[str]
) -> CheckpointMarks:
    """Tallies whose scope is the delivered line drawn: one donor and one recipient, or
    one donor and every recipient (a tally "to ``several`` recipients")."""
    empty = CheckpointMarks(np.empty(0), np.empty(0), np.empty(0), np.empty(0, dtype=np.int64),
                            (), (), lang)  # fmt: skip
    if len(f.donors) != 1 or len(f.recipients) > 1 or f.vaccines or f.deal_types or f.channels:
        return empty
    scope = Filters(donors=f.donors, recipients=f.recipients, date_from=date_from, date_to=date_to)
    rows = [
        c
        for c in reconcile(store, scope).checkpoints
        if (c.recipient in f.recipients) or (not f.recipients and c.recipient in several)
    ]
    if not rows:
        return empty
    return CheckpointMarks(
        x=_days([c.as_of for c in rows]),
        tally=np.array([c.tally for c in rows], dtype=float),
        recorded=np.array([c.recorded for c in rows], dtype=float),
        db_id=np.array([c.id for c in rows], dtype=np.int64),
        status=tuple(c.status for c in rows),
        ref=tuple(c.label for c in rows),
        lang=lang,
    )


def _priority(evs: pd.DataFrame, f: Filters) -> np.ndarray:
    """2 for a period, plus 1 per selected donor or recipient among the event's actors."""
    wanted = set(f.donors) | set(f.recipients)
    period = [e is not None and not pd.isna(e) for e in evs["end_date"]]
    involved = [len(wanted & set(str(a).split(";"))) for a in evs["actors"]]
    return np.array([2 * p + i for p, i in zip(period, involved, strict=True)], dtype=float)


def _context(store: Store, date_from: dt.date, date_to: dt.date) -> ContextSeries | None:
    pts = frames.series_points(store, Filters(date_from=date_from.replace(day=1), date_to=date_to))
    for code in CONTEXT_SERIES:
        s = pts[pts["series"] == code]
        if not len(s):
            continue
        starts = list(s["date"])
        nxt = [
            (d.replace(year=d.year + 1, month=1) if d.month == 12 else d.replace(month=d.month + 1))
            for d in starts
        ]
        return ContextSeries(
            code=code,
            title=str(s["title"].iloc[0]),
            unit=str(s["unit"].iloc[0]),
            x=_days(starts),
            width=np.array([(b - a).days for a, b in zip(starts, nxt, strict=True)], dtype=float),
            value=s["value"].to_numpy(dtype=float),
            source=str(s["source"].iloc[0] or ""),
        )
    return None
