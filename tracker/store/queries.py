"""Read-side queries: totals, balances and column frames for tables and the timeline."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from tracker.domain.filters import Filters
from tracker.store.database import Store
from tracker.store.models import (
    CommitmentRow,
    DatasetRow,
    DeliveryRow,
    EventRow,
    RevisionRow,
    SeriesPointRow,
    SeriesRow,
    TallyRow,
)

C, R, D = CommitmentRow.__table__, RevisionRow.__table__, DeliveryRow.__table__


def pair_filters(
    table: sa.Table, f: Filters, date_col: sa.ColumnElement[Any]
) -> list[sa.ColumnElement[bool]]:
    """The conditions ``f`` puts on a table of donor/recipient/vaccine records."""
    cond: list[sa.ColumnElement[bool]] = []
    if f.donors:
        cond.append(table.c.donor.in_(f.donors))
    if f.recipients:
        cond.append(table.c.recipient.in_(f.recipients))
    if f.vaccines:
        cond.append(table.c.vaccine.in_(f.vaccines))
    if f.date_from:
        cond.append(date_col >= f.date_from)
    if f.date_to:
        cond.append(date_col <= f.date_to)
    if f.deal_types and "deal_type" in table.c:
        cond.append(table.c.deal_type.in_(f.deal_types))
    if f.channels and "channel" in table.c:
        cond.append(table.c.channel.in_(f.channels))
    return cond


def committed_figures(store: Store, f: Filters) -> list[dict[str, Any]]:
    """One row per commitment announced in range, at its figure in force on ``date_to``.

    A revised commitment appears once, with the latest revision on or before
    ``date_to`` (or its current figure when there is no end date).
    """
    cond = pair_filters(C, f, C.c.announced_on)
    if f.date_to is None:
        q = sa.select(
            C.c.id,
            C.c.ref,
            C.c.donor,
            C.c.recipient,
            C.c.vaccine,
            C.c.doses,
            C.c.status,
            C.c.announced_on,
            C.c.target_date,
            C.c.part_of_id,
        ).where(*cond)
    else:
        inner = R.alias("in_force")
        latest = (
            sa.select(inner.c.id)
            .where(inner.c.commitment_id == C.c.id, inner.c.revised_on <= f.date_to)
            .order_by(inner.c.revised_on.desc(), inner.c.id.desc())
            .limit(1)
            .correlate(C)
            .scalar_subquery()
        )
        q = (
            sa.select(
                C.c.id,
                C.c.ref,
                C.c.donor,
                C.c.recipient,
                C.c.vaccine,
                R.c.doses,
                R.c.status,
                C.c.announced_on,
                C.c.target_date,
                C.c.part_of_id,
            )
            .join(R, R.c.commitment_id == C.c.id)
            .where(R.c.id == latest, *cond)
        )
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(q.order_by(C.c.announced_on, C.c.id))]


def counts(store: Store) -> dict[str, int]:
    tables = {
        "commitments": C,
        "deliveries": D,
        "tallies": TallyRow.__table__,
        "events": EventRow.__table__,
        "series": SeriesRow.__table__,
        "series_points": SeriesPointRow.__table__,
    }
    with store.read() as conn:
        return {
            name: conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0
            for name, t in tables.items()
        }


def datasets(store: Store) -> list[dict[str, Any]]:
    with store.read() as conn:
        return [
            dict(r._mapping)
            for r in conn.execute(sa.select(DatasetRow.__table__).order_by(DatasetRow.name))
        ]
