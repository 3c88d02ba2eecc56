"""Data-quality findings that point at records, for the app's Data quality panel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from tracker.store.database import Store
from tracker.store.models import CommitmentRow, DatasetRow, DeliveryRow, RecordSourceRow


@dataclass(frozen=True)
class QualityFinding:
    severity: str  # warning / info
    kind: str  # record kind the finding points at ("deliveries", ...), or "datasets"
    record_id: int | None
    ref: str
    message: str


def findings(
    store: Store,
    today: dt.date | None = None,
    stale_after_days: int = 365,
) -> list[QualityFinding]:
    today = today or dt.date.today()
    d, c, rs = DeliveryRow.__table__, CommitmentRow.__table__, RecordSourceRow.__table__
    out: list[QualityFinding] = []
    with store.read() as conn:
        sourced = sa.select(rs.c.record_id).where(rs.c.kind == "deliveries")
        for rid, ref in conn.execute(sa.select(d.c.id, d.c.ref).where(d.c.id.not_in(sourced))):
            out.append(
                QualityFinding(
                    "warning", "deliveries", rid, ref or f"#{rid}", "delivery has no source"
                )
            )
        over = (
            sa.select(c.c.id, c.c.ref, c.c.doses, sa.func.sum(d.c.doses))
            .join(d, d.c.commitment_id == c.c.id)
            .where(d.c.status == "delivered")
            .group_by(c.c.id, c.c.ref, c.c.doses)
            .having(sa.func.sum(d.c.doses) > c.c.doses)
        )
        for cid, ref, committed, delivered in conn.execute(over):
            out.append(
                QualityFinding(
                    "warning",
                    "commitments",
                    cid,
                    ref or f"#{cid}",
                    f"delivered {delivered:,} exceeds the {committed:,} committed",
                )
            )
        for rid, ref, donor, recipient in conn.execute(
            sa.select(d.c.id, d.c.ref, d.c.donor, d.c.recipient)
            .where(d.c.commitment_id.is_(None))
            .order_by(d.c.arrived_on)
        ):
            out.append(
                QualityFinding(
                    "info",
                    "deliveries",
                    rid,
                    ref or f"#{rid}",
                    f"{donor}→{recipient} delivery is not linked to a commitment",
                )
            )
        dupes = (
            sa.select(
                d.c.donor,
                d.c.recipient,
                d.c.vaccine,
                d.c.arrived_on,
                d.c.doses,
                sa.func.min(d.c.id),
                sa.func.count(),
            )
            .group_by(d.c.donor, d.c.recipient, d.c.vaccine, d.c.arrived_on, d.c.doses)
            .having(sa.func.count() > 1)
        )
        for donor, recipient, _vaccine, day, doses, first, n in conn.execute(dupes):
            out.append(
                QualityFinding(
                    "warning",
                    "deliveries",
                    first,
                    f"#{first}",
                    f"{n} deliveries look alike: {donor}→{recipient}, "
                    f"{doses:,} doses on {day.isoformat()}",
                )
            )
        for name, as_of in conn.execute(sa.select(DatasetRow.name, DatasetRow.as_of)):
            if as_of and (today - as_of).days > stale_after_days:
                out.append(
                    QualityFinding(
                        "info",
                        "datasets",
                        None,
                        name,
                        f"data as of {as_of.isoformat()} ({(today - as_of).days} days old)",
                    )
                )
    return out
