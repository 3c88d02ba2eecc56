"""What a report says, prepared without Qt: promises, fulfilment per donor, tally
checkpoints, sources: all read from the one reconciliation (``store.reconcile``).

``tracker.timeline.report`` lays this out as a PDF with the timeline chart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tracker.domain.actors import actors
from tracker.domain.filters import Filters
from tracker.domain.reconcile import Checkpoint, DonorFulfilment, Promise
from tracker.domain.vaccines import vaccines
from tracker.store.database import Store
from tracker.store.present_queries import cited_sources
from tracker.store.reconcile import reconcile


@dataclass
class ReportSpec:
    title: str
    subtitle: str
    generated_on: dt.date
    promises: list[Promise]
    fulfilment: list[DonorFulfilment]
    checkpoints: list[Checkpoint]
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
    rec = reconcile(store, f, today)
    promises = rec.promises
    lead = [
        (f"{p.label} {p.donor}→{p.recipient}", p.days_to_first)
        for p in promises
        if p.days_to_first is not None
    ]
    rows = cited_sources(store, f, [p.id for p in promises], [c.id for c in rec.checkpoints])
    # By who published them (then the address): a reader looks a source up by its name.
    rows = sorted(rows, key=lambda r: ((r[1] or urlsplit(r[0]).hostname or "").lower(), r[0]))
    return ReportSpec(
        title=title or "Vaccine commitments and deliveries: which promises were kept",
        subtitle=describe_filters(f),
        generated_on=today,
        promises=promises,
        fulfilment=rec.donors,
        checkpoints=rec.checkpoints,
        lead_times=lead,
        sources=[(u, p or "") for u, p in rows],
        as_of=rec.as_of,
        filters=f,
    )
