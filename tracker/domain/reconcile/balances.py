"""Per-commitment balances: which shipments count for which promise (linked, else
matched by pair and vaccine), and each promise's status as of its pair's known date."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from tracker.domain.reconcile.records import (
    ARRIVAL_ORDER,
    BASIS_LINKED,
    BASIS_MATCHED,
    BASIS_NONE,
    CANCELLED,
    FULFILLED,
    LATE,
    MIXED,
    NOT_RECORDED,
    OPEN,
    OVER_DELIVERED,
    STALE,
    CommitmentIn,
    DeliveryIn,
    Promise,
    TallyIn,
)


def attribute(
    commitments: list[CommitmentIn], deliveries: list[DeliveryIn], as_of: dt.date | None
) -> tuple[dict[int, list[DeliveryIn]], dict[int, str], dict[int, int]]:
    """Which delivered shipments count for which commitment, and how (linked/matched).

    Returns (deliveries per commitment, basis per commitment, matched commitment per
    unlinked delivery)."""
    ids = {c.id for c in commitments}
    per: dict[int, list[DeliveryIn]] = {c.id: [] for c in commitments}
    basis: dict[int, str] = {c.id: BASIS_NONE for c in commitments}
    matched: dict[int, int] = {}
    arrived = [d for d in deliveries if d.delivered and (as_of is None or d.arrived_on <= as_of)]
    free: list[DeliveryIn] = []
    for d in arrived:
        if d.commitment_id is not None and d.commitment_id in ids:
            per[d.commitment_id].append(d)
            basis[d.commitment_id] = BASIS_LINKED
        elif d.commitment_id is None:
            free.append(d)
    remaining = {
        c.id: c.committed - sum(x.doses for x in per[c.id])
        for c in commitments
        if not c.cancelled and not c.several_recipients
    }
    by_pair: dict[tuple[str, str], list[CommitmentIn]] = defaultdict(list)
    for c in sorted(commitments, key=lambda c: (c.announced_on, c.id)):
        if c.id in remaining:
            by_pair[(c.donor, c.recipient)].append(c)
    for d in sorted(free, key=ARRIVAL_ORDER):
        # A pair's list is in announcement order, and a commitment with nothing left
        # leaves it for good (remaining only falls): the scan stops at the first one
        # announced after the shipment. Of the open ones (room left, same vaccine or mixed), the earliest with room for
        # the whole shipment; else the earliest: the scan ends at the first with room.
        earliest: CommitmentIn | None = None
        roomy: CommitmentIn | None = None
        for c in by_pair.get((d.donor, d.recipient), ()):
            if c.announced_on > d.arrived_on:
                break
            left = remaining[c.id]
            if left > 0 and (c.vaccine == d.vaccine or c.vaccine == MIXED):
                if earliest is None:
                    earliest = c
                if left >= d.doses:
                    roomy = c
                    break
        chosen = roomy if roomy is not None else earliest
        if chosen is None:
            continue
        per[chosen.id].append(d)
        remaining[chosen.id] -= d.doses
        if remaining[chosen.id] <= 0:
            by_pair[(chosen.donor, chosen.recipient)].remove(chosen)
        matched[d.id] = chosen.id
        if basis[chosen.id] == BASIS_NONE:
            basis[chosen.id] = BASIS_MATCHED
    return per, basis, matched


def balance(
    c: CommitmentIn,
    shipped: list[DeliveryIn],
    basis: str,
    as_of: dt.date | None,
    recorded_pair: bool,
    tally: TallyIn | None,
    stale_after_days: int,
) -> Promise:
    shipped = sorted(shipped, key=ARRIVAL_ORDER)
    delivered = sum(d.doses for d in shipped)
    committed = 0 if c.cancelled else c.committed
    first = shipped[0].arrived_on if shipped else None
    last = shipped[-1].arrived_on if shipped else None
    final = None
    if committed > 0 and delivered >= committed:
        running = 0
        for d in shipped:
            running += d.doses
            if running >= committed:
                final = d.arrived_on
                break
    late = None
    if c.target_date and not c.cancelled:
        end = final or as_of
        if end is not None:
            late = max((end - c.target_date).days, 0)
    if c.cancelled:
        status = CANCELLED
    elif not shipped and (c.several_recipients or not recorded_pair):
        status = NOT_RECORDED
    elif delivered > committed:
        status = OVER_DELIVERED
    elif delivered == committed:
        status = FULFILLED
    elif not recorded_pair:
        # Some shipments recorded, but an official tally says more arrived than the
        # records hold: what is owed cannot be read from them (shown with the tally).
        status = NOT_RECORDED
    elif late and c.target_date and as_of and c.target_date < as_of:
        status = LATE
    elif as_of and (as_of - (last or c.announced_on)).days > stale_after_days:
        status = STALE
    else:
        status = OPEN
    shown = tally if tally is not None and tally.vaccine in (MIXED, c.vaccine) else None
    return Promise(
        **c.identity(),
        announced_on=c.announced_on,
        target_date=c.target_date,
        committed=committed,
        delivered=delivered,
        outstanding=None if status == NOT_RECORDED else max(committed - delivered, 0),
        first_delivery=first,
        last_delivery=last,
        days_to_first=(first - c.announced_on).days if first else None,
        days_to_final=(final - c.announced_on).days if final else None,
        days_late=late if status not in (NOT_RECORDED, CANCELLED) else None,
        status=status,
        basis=basis,
        as_of=as_of,
        several_recipients=c.several_recipients,
        part_of=c.part_of,
        tally=shown.doses if shown else None,
        tally_as_of=shown.as_of if shown else None,
        delivery_ids=tuple(d.id for d in shipped),
    )
