"""Read-side queries: totals, balances and column frames for tables and the timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from tracker.domain.enums import CommitmentStatus, DeliveryStatus
from tracker.domain.figures import Balance, balance
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


def _pair_filters(table: sa.Table, f: Filters, date_col: sa.Column) -> list:
    cond = []
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


def committed_figures(store: Store, f: Filters) -> list[dict]:
    """One row per commitment announced in range, at its figure in force on ``date_to``.

    A revised commitment appears once, with the latest revision on or before
    ``date_to`` (or its current figure when there is no end date).
    """
    cond = _pair_filters(C, f, C.c.announced_on)
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
            )
            .join(R, R.c.commitment_id == C.c.id)
            .where(R.c.id == latest, *cond)
        )
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(q.order_by(C.c.announced_on, C.c.id))]


def pair_summary(store: Store, f: Filters) -> list[dict]:
    """Totals per donor→recipient pair: committed, delivered, outstanding."""
    pairs: dict[tuple[str, str], dict] = {}

    def entry(donor: str, recipient: str) -> dict:
        return pairs.setdefault(
            (donor, recipient),
            {"donor": donor, "recipient": recipient, "committed": 0, "delivered": 0},
        )

    for row in committed_figures(store, f):
        e = entry(row["donor"], row["recipient"])
        if row["status"] != CommitmentStatus.CANCELLED:
            e["committed"] += int(row["doses"])
    dq = (
        sa.select(D.c.donor, D.c.recipient, sa.func.sum(D.c.doses).label("doses"))
        .where(D.c.status == DeliveryStatus.DELIVERED, *_pair_filters(D, f, D.c.arrived_on))
        .group_by(D.c.donor, D.c.recipient)
    )
    with store.read() as conn:
        for donor, recipient, doses in conn.execute(dq):
            entry(donor, recipient)["delivered"] += int(doses or 0)
    out = []
    for key in sorted(pairs):
        e = pairs[key]
        e["outstanding"] = max(e["committed"] - e["delivered"], 0)
        out.append(e)
    return out


@dataclass(frozen=True)
class CommitmentBalance:
    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str
    announced_on: dt.date
    balance: Balance


def commitment_balances(
    store: Store, f: Filters, today: dt.date | None = None, stale_after_days: int = 180
) -> list[CommitmentBalance]:
    """Per-commitment balance from the deliveries linked to each commitment."""
    rows = committed_figures(store, f)
    ids = [r["id"] for r in rows]
    linked: dict[int, list[tuple[dt.date, int]]] = {i: [] for i in ids}
    if ids:
        q = sa.select(D.c.commitment_id, D.c.arrived_on, D.c.doses).where(
            D.c.commitment_id.in_(ids), D.c.status == DeliveryStatus.DELIVERED
        )
        if f.date_to:
            q = q.where(D.c.arrived_on <= f.date_to)
        with store.read() as conn:
            for cid, day, doses in conn.execute(q):
                linked[cid].append((day, int(doses)))
    out = []
    for r in rows:
        b = balance(
            int(r["doses"]),
            r["announced_on"],
            CommitmentStatus(r["status"]),
            linked[r["id"]],
            r["target_date"],
            today,
            stale_after_days,
        )
        out.append(
            CommitmentBalance(
                r["id"], r["ref"], r["donor"], r["recipient"], r["vaccine"], r["announced_on"], b
            )
        )
    return out


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
            name: conn.scalar(sa.select(sa.func.count()).select_from(t))
            for name, t in tables.items()
        }


def datasets(store: Store) -> list[dict]:
    with store.read() as conn:
        return [
            dict(r._mapping)
            for r in conn.execute(sa.select(DatasetRow.__table__).order_by(DatasetRow.name))
        ]


def balances_frame(store: Store, f: Filters, today: dt.date | None = None):
    """Per-commitment balances as a frame, for the Promises view."""
    import pandas as pd

    rows = []
    for b in commitment_balances(store, f, today):
        x = b.balance
        rows.append(
            {
                "db_id": b.id,
                "id": b.ref or f"#{b.id}",
                "date": b.announced_on,
                "donor": b.donor,
                "recipient": b.recipient,
                "vaccine": b.vaccine,
                "committed": x.committed,
                "delivered": x.delivered,
                "outstanding": x.outstanding,
                "first_delivery": x.first_delivery,
                "last_delivery": x.last_delivery,
                "days_to_first": x.days_to_first_delivery,
                "days_to_final": x.days_to_final_delivery,
                "days_late": x.days_late,
                "status": x.status,
            }
        )
    columns = [
        "db_id",
        "id",
        "date",
        "donor",
        "recipient",
        "vaccine",
        "committed",
        "delivered",
        "outstanding",
        "first_delivery",
        "last_delivery",
        "days_to_first",
        "days_to_final",
        "days_late",
        "status",
    ]
    return pd.DataFrame(rows, columns=columns).astype(object)


@dataclass(frozen=True)
class LinkSuggestion:
    delivery_id: int
    delivery_ref: str | None
    commitment_id: int
    commitment_ref: str | None
    reason: str


def suggest_links(store: Store) -> list[LinkSuggestion]:
    """Unlinked deliveries and the commitment each most plausibly fulfils.

    A candidate has the same donor, recipient and vaccine, was announced on or before the
    arrival, and still has doses outstanding; the one with the smallest gap between the
    outstanding balance and the shipment wins (ties: the earliest announcement).
    """
    with store.read() as conn:
        unlinked = conn.execute(
            sa.select(
                D.c.id, D.c.ref, D.c.donor, D.c.recipient, D.c.vaccine, D.c.doses, D.c.arrived_on
            )
            .where(D.c.commitment_id.is_(None), D.c.status == DeliveryStatus.DELIVERED)
            .order_by(D.c.arrived_on, D.c.id)
        ).all()
    if not unlinked:
        return []
    balances = {b.id: b for b in commitment_balances(store, Filters())}
    remaining = {
        cid: b.balance.outstanding for cid, b in balances.items() if b.balance.status != "cancelled"
    }
    out = []
    for d in unlinked:
        candidates = [
            b
            for b in balances.values()
            if (b.donor, b.recipient, b.vaccine) == (d.donor, d.recipient, d.vaccine)
            and b.announced_on <= d.arrived_on
            and remaining.get(b.id, 0) > 0
        ]
        if not candidates:
            continue
        best = min(candidates, key=lambda b: (abs(remaining[b.id] - d.doses), b.announced_on))
        remaining[best.id] -= d.doses
        out.append(
            LinkSuggestion(
                d.id,
                d.ref,
                best.id,
                best.ref,
                f"same donor, recipient and vaccine; announced {best.announced_on.isoformat()}; "
                f"{best.balance.outstanding:,} outstanding",
            )
        )
    return out
