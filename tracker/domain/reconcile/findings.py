"""Data-quality findings: one rule set for the window's quality panel and ``check``."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

from tracker.domain.enums import RecordKind
from tracker.domain.reconcile.records import (
    ARRIVAL_ORDER,
    EXCEEDS,
    MISSING,
    OLD_DATASET_DAYS,
    OVER_DELIVERED,
    DatasetIn,
    DeliveryIn,
    Finding,
    Reconciliation,
)


def _look_alike_key(d: DeliveryIn) -> tuple[str, str, str, dt.date, int]:
    return (d.donor, d.recipient, d.vaccine, d.arrived_on, d.doses)


def _duplicates(deliveries: Sequence[DeliveryIn]) -> list[Finding]:
    # Counted first (in C): most deliveries have no look-alike and get no group.
    keys = list(map(_look_alike_key, deliveries))
    repeated = {k for k, n in Counter(keys).items() if n > 1}
    groups: dict[tuple[str, str, str, dt.date, int], list[DeliveryIn]] = defaultdict(list)
    if repeated:
        for k, d in zip(keys, deliveries, strict=True):
            if k in repeated:
                groups[k].append(d)
    out = []
    for (donor, recipient, _v, day, doses), group in groups.items():
        if len(group) > 1:
            first = min(group, key=lambda d: d.id)
            out.append(
                Finding(
                    "warning",
                    "look-alike",
                    RecordKind.DELIVERY,
                    first.id,
                    first.ref or f"#{first.id}",
                    f"{len(group)} deliveries look alike: {donor}→{recipient}, "
                    f"{doses:,} doses on {day.isoformat()}",
                    (("n", len(group)), ("donor", donor), ("recipient", recipient),
                     ("doses", doses), ("date", day)),
                )
            )  # fmt: skip
    return out


def findings(
    result: Reconciliation,
    deliveries: Sequence[DeliveryIn],
    matched: dict[int, int],
    datasets: Sequence[DatasetIn],
    today: dt.date | None = None,
) -> list[Finding]:
    """Every data-quality finding, one rule set for the window and ``check`` alike."""
    today = today or dt.date.today()
    labels = {p.id: p.label for p in result.promises}
    out: list[Finding] = []
    for d in sorted((d for d in deliveries if not d.has_source), key=lambda d: d.id):
        out.append(
            Finding("warning", "no-source", RecordKind.DELIVERY, d.id, d.ref or f"#{d.id}",
                    "delivery has no source")
        )  # fmt: skip
    for p in result.promises:
        if p.status == OVER_DELIVERED:
            out.append(
                Finding(
                    "warning",
                    "over-delivered",
                    RecordKind.COMMITMENT,
                    p.id,
                    p.label,
                    f"delivered {p.delivered:,} exceeds the {p.committed:,} committed",
                    (("delivered", p.delivered), ("committed", p.committed)),
                )
            )
    out.extend(_duplicates(deliveries))
    for c in result.checkpoints:
        if c.status in (MISSING, EXCEEDS):
            out.append(
                Finding(
                    "info",
                    "tally-" + c.status,
                    RecordKind.TALLY,
                    c.id,
                    c.label,
                    f"official tally {c.tally:,} for {c.donor}→{c.recipient} on "
                    f"{c.as_of.isoformat()}; recorded deliveries sum to {c.recorded:,}",
                    (("tally", c.tally), ("recorded", c.recorded), ("donor", c.donor),
                     ("recipient", c.recipient), ("date", c.as_of)),
                )
            )  # fmt: skip
    unlinked = (d for d in deliveries if d.id in matched)
    for d in sorted(unlinked, key=ARRIVAL_ORDER):
        cid = matched[d.id]
        out.append(
            Finding(
                "info",
                "not-linked",
                RecordKind.DELIVERY,
                d.id,
                d.ref or f"#{d.id}",
                f"{d.donor}→{d.recipient} delivery is not linked; it is counted for "
                f"commitment {labels[cid]} (same donor, recipient and vaccine)",
                (("donor", d.donor), ("recipient", d.recipient), ("commitment", labels[cid])),
            )
        )
    for ds in sorted(datasets, key=lambda d: d.name):
        if ds.as_of and (today - ds.as_of).days > OLD_DATASET_DAYS:
            out.append(
                Finding(
                    "info",
                    "old-dataset",
                    "datasets",
                    None,
                    ds.name,
                    f"data as of {ds.as_of.isoformat()} ({(today - ds.as_of).days} days old)",
                    (("date", ds.as_of), ("days", (today - ds.as_of).days)),
                )
            )
    return out
