"""What the timeline chart shows, prepared without Qt: series, markers, labels, footer.

Reads the selection through the store's frames and the one reconciliation and fills a
:class:`~tracker.present.chart_marks.ChartSpec` (see there for the x axis).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd

from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.domain.reconcile import data_as_of
from tracker.domain.vaccines import vaccines
from tracker.io.text_search import search
from tracker.present.chart_marks import (
    MARK_COLUMNS,
    ChartSpec,
    CheckpointMarks,
    ContextSeries,
    DeliveryMarks,
    EventMarks,
    StepSeries,
    actor_name,
    vaccine_name,
)
from tracker.present.commitment_figures import figure_changes
from tracker.present.formats import day_number, days, domain_of, format_date, format_range
from tracker.present.selection import pair_line, revisions_of, undated
from tracker.present.words import CHART
from tracker.store import frames
from tracker.store.database import Store
from tracker.store.reconcile import datasets_in, reconcile, several_recipient_codes

#: The context series drawn under the lanes, in order of preference.
CONTEXT_SERIES = ("cbp-sw-encounters",)


def default_title(f: Filters, lang: str = "en") -> str:
    t = CHART[lang]
    pair = pair_line(f, lambda c: actor_name(c, lang), t["all_donors"], t["all_recipients"])
    return f"{pair}: {t['title_tail']}"


def committed_steps(commitments: pd.DataFrame, revisions: pd.DataFrame) -> pd.Series:
    """Change in doses committed per day: each revision replaces its predecessor's figure.

    A commitment announced at 2.5 M and revised to 2.7 M adds +2.5 M then +0.2 M; a
    cancellation takes its figure back out. Commitments without revision rows count
    their own figure on their announcement day.
    """
    deltas: dict[dt.date, float] = {}
    before: dict[int, float] = {}  # each commitment's figure before this change
    for change in figure_changes(commitments, revisions):
        if change.counted:
            now = float(change.figure)
            deltas[change.day] = (
                deltas.get(change.day, 0.0) + now - before.get(change.commitment_id, 0.0)
            )
            before[change.commitment_id] = now
    return pd.Series(deltas, dtype=float).sort_index()


def _step_series(label: str, changes: pd.Series, x_from: float) -> StepSeries:
    changes = changes[changes != 0]
    x = days(changes.index)
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


def _footer(sources: list[tuple[str, int]], as_of: dt.date | None, lang: str, limit: int) -> str:
    t = CHART[lang]
    shown: list[str] = []
    length = 0
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
    lang = lang if lang in CHART else "en"
    t = CHART[lang]
    # Cumulative lines count everything before the range too (``undated``).
    text = filters.text  # the free-text search narrows the chart as it does the tables
    every_day = undated(filters)
    com = search(
        frames.commitments(store, every_day, with_sources=True), RecordKind.COMMITMENT, text
    )
    revs = revisions_of(store, com)
    columns = MARK_COLUMNS + (("notes",) if text.strip() else ())
    dels = frames.deliveries(store, every_day, with_sources=True, columns=columns)
    dels = search(dels, RecordKind.DELIVERY, text)
    evs = search(frames.events(store, filters, with_sources=True), RecordKind.EVENT, text)

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

    def steps(subset: pd.DataFrame) -> pd.Series:
        # A part whose container is in the same line is already counted (G7 ⊃ US 500 M).
        if "part_of" in subset and len(subset):
            refs = set(subset["id"].dropna())
            subset = subset[~subset["part_of"].isin(refs).to_numpy(dtype=bool)]
        own = revs[revs["commitment_id"].isin(subset["record_id"])] if len(revs) else revs
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
    all_x = days(dels["date"])
    in_range = (all_x >= x_from) & (all_x <= day_number(date_to))
    shown = dels[in_range].reset_index(drop=True)
    dx = all_x[in_range]
    marks = DeliveryMarks(
        x=dx,
        doses=shown["doses"].to_numpy(dtype=np.int64),
        vaccine=shown["vaccine"].to_numpy(dtype=object),
        record_id=shown["record_id"].to_numpy(dtype=np.int64),
        level=delivered.values_at(dx),
        delivered=(shown["status"] == "delivered").to_numpy(dtype=bool),
        frame=shown,
        lang=lang,
    )
    evs = evs.reset_index(drop=True)
    has_end = evs["end_date"].notna().to_numpy(dtype=bool)
    ends = np.full(len(evs), np.nan)
    ends[has_end] = days(evs["end_date"][has_end]) + 1.0
    events = EventMarks(
        start=days(evs["date"]),
        end=ends,
        title=tuple(evs["title"].astype(str)),
        category=tuple(evs["category"].astype(str)),
        record_id=evs["record_id"].to_numpy(dtype=np.int64),
        priority=_priority(evs, filters),
        frame=evs,
        lang=lang,
    )
    context = _context(store, date_from, date_to)

    # Sources of what is drawn: in-range markers, the commitments behind the line, events.
    # Counted per distinct cell first: 100,000 deliveries cite a few hundred URLs.
    cited: Counter[str] = Counter()
    in_range_com = com[_mask([d <= date_to for d in com["date"]])]
    for frame in (shown, in_range_com, evs):
        for col in ("source", "other_sources"):
            if col not in frame:
                continue
            for urls, n in frame[col].value_counts().items():
                for url in str(urls or "").split():
                    cited[domain_of(url)] += int(n)
    if context is not None and context.source:
        cited[domain_of(context.source)] += 1
    cited.pop("", None)
    sources = sorted(cited.items(), key=lambda kv: (-kv[1], kv[0]))

    subtitle = format_range(date_from, date_to, lang)
    if filters.vaccines:
        subtitle += " · " + ", ".join(vaccine_name(v, lang) for v in filters.vaccines)
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
        vaccine_names={v.code: v.name_in(lang) for v in vaccines()},
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
        x=days([c.as_of for c in rows]),
        tally=np.array([c.tally for c in rows], dtype=float),
        recorded=np.array([c.recorded for c in rows], dtype=float),
        record_id=np.array([c.id for c in rows], dtype=np.int64),
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
            x=days(starts),
            width=np.array([(b - a).days for a, b in zip(starts, nxt, strict=True)], dtype=float),
            value=s["value"].to_numpy(dtype=float),
            source=str(s["source"].iloc[0] or ""),
        )
    return None
