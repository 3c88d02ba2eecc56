"""Read what :mod:`tracker.domain.reconcile` needs from the database, for a selection.

Every output (window, ``summary``, ``check``, report, chart) calls :func:`reconcile`
with its filters; none computes a balance, a tally difference or a finding on its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tracker.domain import reconcile as rc
from tracker.domain.enums import ActorKind, CommitmentStatus, DeliveryStatus, RecordKind
from tracker.domain.filters import Filters
from tracker.store.balance_rows import (
    CHECKPOINT_COLUMNS,
    PROMISE_COLUMNS,
    checkpoint_row,
    promise_row,
)
from tracker.store.database import Store
from tracker.store.models import (
    ActorRow,
    DatasetRow,
    DeliveryRow,
    RecordSourceRow,
    TallyRow,
)
from tracker.store.queries import committed_figures, pair_filters

if TYPE_CHECKING:
    import pandas as pd

D, T = DeliveryRow.__table__, TallyRow.__table__


def several_recipient_codes(store: Store) -> set[str]:
    """Actor codes that stand for more than one recipient (MULTI, COVAX, blocs...)."""
    with store.read() as conn:
        return {
            code
            for code, kind in conn.execute(sa.select(ActorRow.code, ActorRow.kind))
            if kind != ActorKind.COUNTRY
        }


def _deliveries(store: Store, f: Filters) -> list[rc.DeliveryIn]:
    cond = pair_filters(D, Filters(donors=f.donors, recipients=f.recipients,
                                    vaccines=f.vaccines, deal_types=f.deal_types,
                                    channels=f.channels), D.c.arrived_on)  # fmt: skip
    if f.date_to:
        cond.append(D.c.arrived_on <= f.date_to)
    rs = RecordSourceRow.__table__
    sourced = sa.exists().where(rs.c.kind == RecordKind.DELIVERY, rs.c.record_id == D.c.id)
    q = sa.select(
        D.c.id,
        D.c.ref,
        D.c.donor,
        D.c.recipient,
        D.c.vaccine,
        D.c.doses,
        D.c.arrived_on,
        D.c.status,
        D.c.commitment_id,
        sourced.label("has_source"),
    ).where(*cond)
    delivered = DeliveryStatus.DELIVERED.value
    with store.read() as conn:
        # The driver's tuples, dates converted once per distinct value: no Row objects
        # (a third of the reading at 100,000 deliveries).
        result = conn.execute(q)
        rows = result.cursor.fetchall() if result.cursor is not None else []
        result.close()
        process = D.c.arrived_on.type.dialect_impl(conn.dialect).result_processor(
            conn.dialect, None
        )
    days: dict[Any, Any] = {}
    if process is not None:
        for row in rows:
            if row[6] not in days:
                days[row[6]] = process(row[6])
    return [
        rc.DeliveryIn(i, ref, donor, recipient, vaccine, int(doses), days.get(day, day),
                      status == delivered, cid, bool(src))
        for i, ref, donor, recipient, vaccine, doses, day, status, cid, src in rows
    ]  # fmt: skip


def _tallies(store: Store, f: Filters, several: set[str]) -> list[rc.TallyIn]:
    # A tally of mixed vaccines counts whichever vaccines are chosen.
    vaccines = (*f.vaccines, rc.MIXED) if f.vaccines else ()
    cond = pair_filters(T, dataclasses.replace(f, vaccines=vaccines), T.c.as_of)
    q = sa.select(
        T.c.id, T.c.ref, T.c.donor, T.c.recipient, T.c.vaccine, T.c.doses, T.c.as_of
    ).where(*cond)
    with store.read() as conn:
        return [
            rc.TallyIn(i, ref, donor, recipient, vaccine, int(doses), day, recipient in several)
            for i, ref, donor, recipient, vaccine, doses, day in conn.execute(q)
        ]


def datasets_in(store: Store) -> list[rc.DatasetIn]:
    with store.read() as conn:
        return [
            rc.DatasetIn(name, kind or "", as_of)
            for name, kind, as_of in conn.execute(
                sa.select(DatasetRow.name, DatasetRow.kind, DatasetRow.as_of)
            )
        ]


def reconcile(
    store: Store, f: Filters = Filters(), today: dt.date | None = None
) -> rc.Reconciliation:
    """The reconciliation of the selection ``f`` (dates inclusive)."""
    several = several_recipient_codes(store)
    commitments = [
        rc.CommitmentIn(
            id=r["id"],
            ref=r["ref"],
            donor=r["donor"],
            recipient=r["recipient"],
            vaccine=r["vaccine"],
            committed=int(r["doses"]),
            announced_on=r["announced_on"],
            cancelled=r["status"] == CommitmentStatus.CANCELLED,
            target_date=r["target_date"],
            several_recipients=r["recipient"] in several,
            part_of=r["part_of_id"],
        )
        for r in committed_figures(store, f)
    ]
    deliveries = _deliveries(store, f)
    sets = datasets_in(store)
    as_of = rc.data_as_of(sets, deliveries, cap=f.date_to)
    return rc.reconcile(
        commitments,
        deliveries,
        _tallies(store, f, several),
        sets,
        as_of=as_of,
        date_from=f.date_from,
        today=today,
    )


# -- shapes the outputs share (one definition, in ``balance_rows``: the first page at
# start-up reads it without SQLAlchemy) ----------------------------------------------------
def _object_frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """``rows`` as a frame of object columns (None stays None)."""
    import pandas as pd  # lazily: ``summary`` starts without pandas

    return pd.DataFrame(
        [[row[k] for k in columns] for row in rows], columns=list(columns), dtype=object
    )


def promises_frame(rec: rc.Reconciliation) -> pd.DataFrame:
    """The promises as a frame, for the Promises view."""
    return _object_frame([promise_row(p) for p in rec.promises], PROMISE_COLUMNS)


def checkpoints_frame(rec: rc.Reconciliation) -> pd.DataFrame:
    """The checkpoints as a frame, for the Checkpoints view."""
    return _object_frame([checkpoint_row(c) for c in rec.checkpoints], CHECKPOINT_COLUMNS)


# -- link suggestions ---------------------------------------------------------------------
@dataclass(frozen=True)
class LinkSuggestion:
    delivery_id: int
    delivery_ref: str | None
    commitment_id: int
    commitment_ref: str | None
    reason: str


def suggest_links(store: Store) -> list[LinkSuggestion]:
    """Unlinked deliveries and the commitment each is counted for (see the attribution
    rule of :mod:`tracker.domain.reconcile`): tick to make the link explicit."""
    rec = reconcile(store)
    promises = {p.id: p for p in rec.promises}
    linked_by_rule = [f for f in rec.findings if f.code == "not-linked" and f.record_id is not None]
    by_delivery: dict[int, int] = {}
    for p in rec.promises:
        for did in p.delivery_ids:
            by_delivery[did] = p.id
    out: list[LinkSuggestion] = []
    for f in linked_by_rule:
        assert f.record_id is not None  # linked_by_rule keeps only findings with one
        cid = by_delivery[f.record_id]
        p = promises[cid]
        out.append(
            LinkSuggestion(
                f.record_id,
                None if f.ref.startswith("#") else f.ref,
                cid,
                p.ref,
                f"same donor, recipient and vaccine; announced {p.announced_on.isoformat()}; "
                f"{p.committed:,} committed",
            )
        )
    return out
