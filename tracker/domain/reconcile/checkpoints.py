"""Official tallies against the recorded deliveries: one checkpoint per tally."""

from __future__ import annotations

from bisect import bisect_right

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
    """``t`` against ``arrived``: any superset of its donor's arrived shipments, in
    arrival order (``(arrived_on, id)``): only those up to the tally's date are read."""
    up_to = bisect_right(arrived, t.as_of, key=lambda d: d.arrived_on)
    behind = [
        d
        for d in arrived[:up_to]
        if d.donor == t.donor
        and (t.several_recipients or d.recipient == t.recipient)
        and (t.vaccine == MIXED or d.vaccine == t.vaccine)
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
        delivery_ids=tuple(d.id for d in behind),
    )
