"""The reconciliation itself: balances, checkpoints, pair totals and fulfilment by
donor from one pass over what is in view (the rules are in the package docstring)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from tracker.domain.enums import RecordKind
from tracker.domain.reconcile.balances import attribute, balance
from tracker.domain.reconcile.checkpoints import checkpoint
from tracker.domain.reconcile.findings import findings
from tracker.domain.reconcile.records import (
    ARRIVAL_ORDER,
    CANCELLED,
    EXCEEDS,
    MATCHES,
    MISSING,
    STALE_AFTER_DAYS,
    CommitmentIn,
    DatasetIn,
    DeliveryIn,
    DonorFulfilment,
    PairTotal,
    Reconciliation,
    TallyIn,
)


def data_as_of(
    datasets: Iterable[DatasetIn], deliveries: Iterable[DeliveryIn], cap: dt.date | None = None
) -> dt.date | None:
    """The date the delivery data covers: the deliveries datasets' "as of" date, or the
    latest recorded arrival when records (hand-entered ones) go further; ``cap`` (a
    filter's end date) limits it."""
    dates = [d.as_of for d in datasets if d.as_of and d.kind == RecordKind.DELIVERY]
    arrivals = [d.arrived_on for d in deliveries if d.delivered]
    if arrivals:
        dates.append(max(arrivals))
    if not dates:
        return cap
    best = max(dates)
    return min(best, cap) if cap else best


def reconcile(
    commitments: list[CommitmentIn],
    deliveries: list[DeliveryIn],
    tallies: list[TallyIn],
    datasets: list[DatasetIn],
    *,
    as_of: dt.date | None = None,
    date_from: dt.date | None = None,
    today: dt.date | None = None,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> Reconciliation:
    """Reconcile what is in view.

    ``deliveries`` are those of the pairs in view up to the end of the range (they are
    attributed, summed per pair and compared with tallies); ``as_of`` defaults to
    :func:`data_as_of`. Pair totals count deliveries from ``date_from`` on (balances
    count every delivery up to the as-of date). ``today`` only dates the datasets (an old
    dataset is a finding).
    """
    as_of = as_of or data_as_of(datasets, deliveries)
    arrived = [d for d in deliveries if d.delivered and (as_of is None or d.arrived_on <= as_of)]
    recorded_pairs = {(d.donor, d.recipient) for d in arrived}
    # A tally looks only at its donor's (or its pair's) shipments, indexed once.
    by_donor: dict[str, list[DeliveryIn]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[DeliveryIn]] = defaultdict(list)
    for d in sorted(arrived, key=ARRIVAL_ORDER):  # arrival order
        by_donor[d.donor].append(d)
        by_pair[(d.donor, d.recipient)].append(d)
    checkpoints = [
        checkpoint(
            t,
            by_donor.get(t.donor, [])
            if t.several_recipients
            else by_pair.get((t.donor, t.recipient), []),
        )
        for t in sorted(tallies, key=lambda t: (t.as_of, t.id))
    ]
    latest_tally: dict[tuple[str, str], TallyIn] = {}
    incomplete: set[tuple[str, str]] = set()  # an official tally says deliveries are missing
    by_id = {t.id: t for t in tallies}
    for c in checkpoints:
        latest_tally[(c.donor, c.recipient)] = by_id[c.id]
        key = (c.donor, c.recipient)
        if c.status == MISSING:
            incomplete.add(key)
        else:
            incomplete.discard(key)
    # How far each pair's deliveries are known: to its last recorded shipment (a record's
    # own date), or further when an official tally matches what is recorded by a later date.
    known: dict[tuple[str, str], dt.date] = {}
    for d in arrived:
        key = (d.donor, d.recipient)
        known[key] = max(known.get(key, d.arrived_on), d.arrived_on)
    for c in checkpoints:
        if c.status in (MATCHES, EXCEEDS) and (as_of is None or c.as_of <= as_of):
            key = (c.donor, c.recipient)
            known[key] = max(known.get(key, c.as_of), c.as_of)
    per, basis, matched = attribute(commitments, deliveries, as_of)
    promises = [
        balance(
            c,
            per[c.id],
            basis[c.id],
            known.get((c.donor, c.recipient), as_of),
            (c.donor, c.recipient) in recorded_pairs and (c.donor, c.recipient) not in incomplete,
            latest_tally.get((c.donor, c.recipient)),
            stale_after_days,
        )
        for c in sorted(commitments, key=lambda c: (c.announced_on, c.id))
    ]

    pair: dict[tuple[str, str], list[int]] = {}
    several: dict[tuple[str, str], bool] = {}
    in_view = {p.id for p in promises}
    for p in promises:
        if p.part_of in in_view:  # its container is counted: never both
            continue
        e = pair.setdefault((p.donor, p.recipient), [0, 0])
        e[0] += p.committed
        several[(p.donor, p.recipient)] = p.several_recipients
    in_range = [d for d in arrived if date_from is None or d.arrived_on >= date_from]
    for d in in_range:
        pair.setdefault((d.donor, d.recipient), [0, 0])[1] += d.doses
    pairs = [
        PairTotal(
            donor,
            recipient,
            committed,
            delivered,
            max(committed - delivered, 0),
            known.get((donor, recipient), as_of),
            several.get((donor, recipient), False),
        )
        for (donor, recipient), (committed, delivered) in sorted(pair.items())
    ]

    donors: dict[str, list[int]] = {}
    for p in promises:
        if p.status == CANCELLED or p.several_recipients or p.part_of in in_view:
            continue
        e = donors.setdefault(p.donor, [0, 0, 0, 0])
        e[3] += 1
        if p.covered:
            e[0] += p.committed
            e[1] += p.delivered
            e[2] += 1
    fulfilment = sorted(
        (DonorFulfilment(d, c, dl, n, total) for d, (c, dl, n, total) in donors.items()),
        key=lambda x: (-x.committed, x.donor),
    )
    result = Reconciliation(as_of, promises, checkpoints, pairs, fulfilment)
    # Of these inputs and this day, however late they are read.
    on, shipments, sets = today or dt.date.today(), tuple(deliveries), tuple(datasets)
    result.pending_findings = lambda: findings(result, shipments, matched, sets, on)
    return result
