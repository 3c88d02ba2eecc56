"""Official tallies against the recorded deliveries: one checkpoint per tally."""

from __future__ import annotations

from tracker.domain.reconcile.records import (
    EXCEEDS,
    MATCHES,
    MISSING,
    MIXED,
    TALLY_NOT_RECORDED,
    Checkpoint,
    DeliveryIn,
    TallyIn,
)


def checkpoint(t: TallyIn, arrived: list[DeliveryIn]) -> Checkpoint:
    """``t`` against ``arrived`` (any superset of its donor's arrived shipments)."""
    behind = [
        d
        for d in arrived
        if d.donor == t.donor
        and (t.several_recipients or d.recipient == t.recipient)
        and (t.vaccine == MIXED or d.vaccine == t.vaccine)
        and d.arrived_on <= t.as_of
    ]
    recorded = sum(d.doses for d in behind)
    if not behind:
        status = TALLY_NOT_RECORDED
    elif recorded == t.doses:
        status = MATCHES
    elif recorded < t.doses:
        status = MISSING
    else:
        status = EXCEEDS
    return Checkpoint(
        **t.identity(),
        as_of=t.as_of,
        tally=t.doses,
        recorded=recorded,
        status=status,
        delivery_ids=tuple(d.id for d in sorted(behind, key=lambda d: (d.arrived_on, d.id))),
    )
