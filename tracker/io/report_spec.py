"""What a report says, prepared without Qt: promises, fulfilment per donor, sources.

``tracker.timeline.report`` lays this out as a PDF with the timeline chart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa

from tracker.domain.actors import actors
from tracker.domain.filters import Filters
from tracker.domain.vaccines import vaccines
from tracker.store.database import Store
from tracker.store.models import RecordSourceRow, SourceRow
from tracker.store.queries import CommitmentBalance, commitment_balances, datasets


@dataclass(frozen=True)
class DonorFulfilment:
    donor: str
    committed: int
    delivered: int

    @property
    def percent(self) -> float:
        return 100.0 * self.delivered / self.committed if self.committed else 0.0


@dataclass
class ReportSpec:
    title: str
    subtitle: str
    generated_on: dt.date
    promises: list[CommitmentBalance]
    fulfilment: list[DonorFulfilment]
    lead_times: list[tuple[str, int]]  # (commitment label, days to first delivery)
    sources: list[tuple[str, str]]  # (url, publisher)
    as_of: dt.date | None
    filters: Filters = field(default_factory=Filters)


def _name(code: str) -> str:
    return actors().get(code).name if code in actors() else code


def describe_filters(f: Filters) -> str:
    parts = []
    if f.donors:
        parts.append("donor " + ", ".join(_name(c) for c in f.donors))
    if f.recipients:
        parts.append("recipient " + ", ".join(_name(c) for c in f.recipients))
    if f.vaccines:
        parts.append("vaccine " + ", ".join(vaccines().get(v).name for v in f.vaccines))
    if f.date_from or f.date_to:
        parts.append(f"{f.date_from or '…'} to {f.date_to or '…'}")
    return "; ".join(parts) or "all records"


def build_report_spec(
    store: Store, f: Filters, title: str | None = None, today: dt.date | None = None
) -> ReportSpec:
    today = today or dt.date.today()
    promises = commitment_balances(store, f, today)
    by_donor: dict[str, list[int]] = {}
    for p in promises:
        # Pledges to "several recipients" have no shipment linked to them: charting them
        # would read as a failure to deliver. They stay in the promises table.
        if p.balance.status == "cancelled" or p.recipient == "MULTI":
            continue
        entry = by_donor.setdefault(p.donor, [0, 0])
        entry[0] += p.balance.committed
        entry[1] += p.balance.delivered
    fulfilment = sorted(
        (DonorFulfilment(d, c, dl) for d, (c, dl) in by_donor.items()), key=lambda x: -x.committed
    )
    lead = [
        (f"{p.ref or p.id} {p.donor}→{p.recipient}", p.balance.days_to_first_delivery)
        for p in promises
        if p.balance.days_to_first_delivery is not None
    ]
    from tracker.store import frames

    delivery_ids = [int(i) for i in frames.deliveries(store, f, with_sources=False)["db_id"]]
    rs, s = RecordSourceRow.__table__, SourceRow.__table__
    cited = sa.or_(
        sa.and_(rs.c.kind == "commitments", rs.c.record_id.in_([p.id for p in promises])),
        sa.and_(rs.c.kind == "deliveries", rs.c.record_id.in_(delivery_ids)),
    )
    with store.read() as conn:
        rows = conn.execute(
            sa.select(s.c.url, s.c.publisher)
            .distinct()
            .join(rs, rs.c.source_id == s.c.id)
            .where(cited)
            .order_by(s.c.url)
        ).all()
    as_of_dates = [d["as_of"] for d in datasets(store) if d["as_of"]]
    return ReportSpec(
        title=title or "Vaccine commitments and deliveries: which promises were kept",
        subtitle=describe_filters(f),
        generated_on=today,
        promises=promises,
        fulfilment=fulfilment,
        lead_times=lead,
        sources=[(u, p or "") for u, p in rows],
        as_of=min(as_of_dates) if as_of_dates else None,
        filters=f,
    )
