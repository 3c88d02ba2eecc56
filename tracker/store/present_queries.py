"""Read-side queries the chart, map and report specs (``tracker.present``) need."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.store.database import Store
from tracker.store.models import DeliveryRow, RecordSourceRow, SourceRow
from tracker.store.queries import pair_filters


def cited_sources(
    store: Store, f: Filters, commitment_ids: Iterable[int], tally_ids: Iterable[int]
) -> list[tuple[str, str | None]]:
    """(url, publisher) of every source cited by these commitments and tallies, or by a
    delivery of ``f``'s selection (by arrival date); each source once, in no order."""
    # The deliveries of the selection as a subquery: a list of 100,000 ids bound as
    # parameters (and read as a frame first) was a quarter of the report's data time.
    d = DeliveryRow.__table__
    delivery_ids = sa.select(d.c.id).where(*pair_filters(d, f, d.c.arrived_on))
    rs, s = RecordSourceRow.__table__, SourceRow.__table__
    cited = sa.or_(
        sa.and_(rs.c.kind == RecordKind.COMMITMENT.value, rs.c.record_id.in_(list(commitment_ids))),
        sa.and_(rs.c.kind == RecordKind.DELIVERY.value, rs.c.record_id.in_(delivery_ids)),
        sa.and_(rs.c.kind == RecordKind.TALLY.value, rs.c.record_id.in_(list(tally_ids))),
    )
    with store.read() as conn:
        rows = conn.execute(
            sa.select(s.c.url, s.c.publisher)
            .distinct()
            .join(rs, rs.c.source_id == s.c.id)
            .where(cited)
        ).all()
    return [(str(url), publisher) for url, publisher in rows]
