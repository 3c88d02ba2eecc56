"""Column frames of records (pandas), for tables, the timeline and data export."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa

from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.store.columns import read_columns, rows_where_in, tuples
from tracker.store.database import Store
from tracker.store.models import (
    CommitmentRow,
    DeliveryRow,
    EventActorRow,
    EventRow,
    RecordSourceRow,
    RevisionRow,
    SeriesPointRow,
    SeriesRow,
    SourceRow,
    TallyRow,
)
from tracker.store.queries import pair_filters


def _frame(store: Store, q: sa.Select[Any]) -> pd.DataFrame:
    """The rows of ``q`` as a frame, read column-wise.

    The DBAPI cursor's plain tuples are turned into columns and each column goes
    through its type's result processor (text to date on SQLite) in one pass: no
    SQLAlchemy ``Row`` per record, which cost more than the query at 100,000 rows.
    """
    with store.read() as conn:
        keys, columns = read_columns(conn, q)
    if not columns or not columns[0]:
        return pd.DataFrame(columns=keys)
    return pd.DataFrame(dict(zip(keys, columns, strict=True)), columns=keys)


def _with_sources(
    store: Store, frame: pd.DataFrame, kind: str, wanted: bool = True
) -> pd.DataFrame:
    """``frame`` plus its records' first source URL and the others, space-separated
    (``frame`` itself when not ``wanted``)."""
    if not wanted:
        return frame
    out = frame.copy()
    n = len(frame)
    first = np.full(n, "", dtype=object)
    others = np.full(n, "", dtype=object)
    if n:
        rs, s = RecordSourceRow.__table__, SourceRow.__table__
        # The links as integer arrays, put in (record, position) order with numpy: no
        # frame, no sort in SQL (SQLite would need a temporary B-tree for ``position``).
        with store.read() as conn:
            links = tuples(
                conn,
                sa.select(rs.c.record_id, rs.c.position, rs.c.source_id).where(rs.c.kind == kind),
            )
            if links:
                table = np.array(links, dtype=np.int64)
                table = table[np.lexsort((table[:, 1], table[:, 0]))]
                records, cited = table[:, 0], table[:, 2]
                distinct = np.unique(cited).tolist()
                url_of = dict(rows_where_in(conn, s, ("id", "url"), "id", distinct))
        if links:
            urls = np.array([url_of[i] for i in distinct], dtype=object)
            link_urls = urls[np.searchsorted(distinct, cited)]
            starts = np.flatnonzero(np.r_[True, records[1:] != records[:-1]])
            ends = np.r_[starts[1:], len(records)]
            owners = records[starts]
            ids = frame["record_id"].to_numpy(dtype=np.int64)
            at = np.minimum(np.searchsorted(owners, ids), len(owners) - 1)
            has = owners[at] == ids
            first[has] = link_urls[starts[at[has]]]
            for row in np.flatnonzero(has & (ends[at] - starts[at] > 1)):
                k = at[row]
                others[row] = " ".join(link_urls[starts[k] + 1 : ends[k]])
    out["source"] = pd.Series(first, index=frame.index, dtype=object)
    out["other_sources"] = pd.Series(others, index=frame.index, dtype=object)
    return out


def _ids(t: sa.Table) -> list[sa.ColumnElement[Any]]:
    """A record's two ids: ``record_id`` (the database's) and ``id`` (its reference)."""
    return [t.c.id.label("record_id"), t.c.ref.label("id")]


def _head(t: sa.Table, date: sa.ColumnElement[Any]) -> list[sa.ColumnElement[Any]]:
    """The columns every pair record frame starts with: ids, date, the pair, vaccine,
    doses."""
    return [
        *_ids(t),
        date.label("date"),
        t.c.donor,
        t.c.recipient,
        t.c.vaccine,
        t.c.doses,
    ]


def _tail(t: sa.Table) -> list[sa.ColumnElement[Any]]:
    """The columns every cited record frame ends with (see ``models.CitedRow``)."""
    return [t.c.confidence, t.c.notes, t.c.version]


def deliveries(
    store: Store,
    f: Filters = Filters(),
    with_sources: bool = True,
    columns: tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """Deliveries of ``f`` by date; ``columns`` keeps only those (``record_id`` always), which
    matters at 100,000 rows: every column read is an object per row."""
    d, c = DeliveryRow.__table__, CommitmentRow.__table__
    selected = [
        col
        for col in (
            *_head(d, d.c.arrived_on),
            d.c.status,
            c.c.ref.label("commitment"),
            d.c.commitment_id,
            d.c.deal_type,
            d.c.channel,
            d.c.expiry_on.label("expiry_date"),
            *_tail(d),
        )
        if columns is None or col.name == "record_id" or col.name in columns
    ]
    q = (
        sa.select(*selected)
        .outerjoin(c, c.c.id == d.c.commitment_id)
        .where(*pair_filters(d, f, d.c.arrived_on))
    )
    frame = _by_date(_frame(store, q))
    return _with_sources(store, frame, RecordKind.DELIVERY, with_sources)


def _by_date(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` in (date, record_id) order. Sorted here, not in SQL: at 100,000 rows
    SQLite walks the date index and visits the table in random order, twice as slow as
    reading it in order and sorting the day numbers with numpy."""
    if len(frame) < 2:
        return frame
    days = np.fromiter((d.toordinal() for d in frame["date"]), dtype=np.int64, count=len(frame))
    order = np.lexsort((frame["record_id"].to_numpy(dtype=np.int64), days))
    return frame.take(order).reset_index(drop=True)


def commitments(store: Store, f: Filters = Filters(), with_sources: bool = True) -> pd.DataFrame:
    c = CommitmentRow.__table__
    whole = c.alias("whole")
    q = (
        sa.select(
            *_head(c, c.c.announced_on),
            c.c.deal_type,
            c.c.channel,
            c.c.status,
            c.c.target_date,
            *_tail(c),
            sa.select(whole.c.ref)
            .where(whole.c.id == c.c.part_of_id)
            .scalar_subquery()
            .label("part_of"),
        )
        .where(*pair_filters(c, f, c.c.announced_on))
        .order_by(c.c.announced_on, c.c.id)
    )
    frame = _frame(store, q)
    return _with_sources(store, frame, RecordKind.COMMITMENT, with_sources)


def revisions(store: Store, commitment_ids: list[int] | None = None) -> pd.DataFrame:
    r, c = RevisionRow.__table__, CommitmentRow.__table__
    q = (
        sa.select(
            r.c.id.label("record_id"),
            r.c.commitment_id,
            c.c.ref.label("commitment"),
            r.c.ref.label("id"),
            r.c.revised_on.label("date"),
            r.c.doses,
            r.c.status,
            r.c.notes,
        )
        .join(c, c.c.id == r.c.commitment_id)
        .order_by(r.c.commitment_id, r.c.revised_on, r.c.id)
    )
    if commitment_ids is not None:
        q = q.where(r.c.commitment_id.in_(commitment_ids))
    return _frame(store, q)


def tallies(store: Store, f: Filters = Filters(), with_sources: bool = True) -> pd.DataFrame:
    t = TallyRow.__table__
    q = (
        sa.select(*_head(t, t.c.as_of), *_tail(t))
        .where(*pair_filters(t, f, t.c.as_of))
        .order_by(t.c.as_of, t.c.id)
    )
    frame = _frame(store, q)
    return _with_sources(store, frame, RecordKind.TALLY, with_sources)


def events(store: Store, f: Filters = Filters(), with_sources: bool = True) -> pd.DataFrame:
    e, ea = EventRow.__table__, EventActorRow.__table__
    cond = []
    if f.date_from:
        cond.append(sa.func.coalesce(e.c.end_on, e.c.start_on) >= f.date_from)
    if f.date_to:
        cond.append(e.c.start_on <= f.date_to)
    if f.categories:
        cond.append(e.c.category.in_(f.categories))
    q = (
        sa.select(
            *_ids(e),
            e.c.start_on.label("date"),
            e.c.end_on.label("end_date"),
            e.c.title,
            e.c.description,
            e.c.category,
            *_tail(e),
        )
        .where(*cond)
        .order_by(e.c.start_on, e.c.id)
    )
    frame = _frame(store, q)
    with store.read() as conn:
        links = conn.execute(
            sa.select(ea.c.event_id, ea.c.actor).order_by(ea.c.event_id, ea.c.actor)
        ).all()
    by_event: dict[int, list[str]] = {}
    for eid, actor in links:
        by_event.setdefault(eid, []).append(actor)
    category = frame.columns.get_loc("category")
    assert isinstance(category, int)  # the frame's column names are unique
    frame.insert(
        category + 1,
        "actors",
        [";".join(by_event.get(i, [])) for i in frame["record_id"]] if len(frame) else [],
    )
    actors_wanted = set(f.donors) | set(f.recipients)
    if actors_wanted and len(frame):
        frame = frame[[bool(actors_wanted & set(a.split(";"))) for a in frame["actors"]]]
    return _with_sources(store, frame, RecordKind.EVENT, with_sources)


def series_points(store: Store, f: Filters = Filters()) -> pd.DataFrame:
    s, p = SeriesRow.__table__, SeriesPointRow.__table__
    q = (
        sa.select(
            s.c.code.label("series"),
            s.c.title,
            s.c.unit,
            p.c.on.label("date"),
            p.c.value,
            s.c.notes,
            s.c.id.label("record_id"),
        )
        .join(p, p.c.series_id == s.c.id)
        .order_by(s.c.code, p.c.on)
    )
    if f.date_from:
        q = q.where(p.c.on >= f.date_from)
    if f.date_to:
        q = q.where(p.c.on <= f.date_to)
    return _with_sources(store, _frame(store, q), RecordKind.SERIES).drop(columns="other_sources")


def all_sources(store: Store) -> pd.DataFrame:
    s, rs = SourceRow.__table__, RecordSourceRow.__table__
    used = sa.select(sa.func.count()).where(rs.c.source_id == s.c.id).scalar_subquery()
    q = sa.select(
        s.c.id.label("record_id"),
        s.c.url,
        s.c.title,
        s.c.publisher,
        s.c.published_on,
        s.c.accessed_on,
        used.label("records"),
    ).order_by(s.c.url)
    return _frame(store, q)
