"""Derived figures: what was committed, delivered and outstanding, computed without SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.domain.enums import CommitmentStatus
from tracker.domain.records import Revision


def figure_as_of(revisions: list[Revision], as_of: dt.date | None) -> Revision | None:
    """The revision in force on ``as_of`` (the latest one on or before it).

    A revised commitment counts once, at its latest figure; the earlier figures stay
    as history only.
    """
    in_force = [r for r in revisions if as_of is None or r.revised_on <= as_of]
    if not in_force:
        return None
    # Same-day revisions: the one listed last was announced last.
    return max(enumerate(in_force), key=lambda p: (p[1].revised_on, p[0]))[1]


def committed_doses(revisions: list[Revision], as_of: dt.date | None = None) -> int:
    """Doses a commitment stands for on ``as_of``: 0 once cancelled."""
    rev = figure_as_of(revisions, as_of)
    if rev is None or rev.status == CommitmentStatus.CANCELLED:
        return 0
    return rev.doses


@dataclass(frozen=True)
class Balance:
    """Per-commitment balance: delivered against what was promised, and when."""

    committed: int
    delivered: int
    outstanding: int
    first_delivery: dt.date | None
    last_delivery: dt.date | None
    days_to_first_delivery: int | None
    days_to_final_delivery: int | None
    days_late: int | None
    status: str  # open / fulfilled / over-delivered / cancelled / stale


def balance(
    committed: int,
    announced_on: dt.date,
    status: CommitmentStatus,
    deliveries: list[tuple[dt.date, int]],
    target_date: dt.date | None = None,
    today: dt.date | None = None,
    stale_after_days: int = 180,
) -> Balance:
    """Balance of one commitment from its linked, delivered shipments ``(date, doses)``."""
    today = today or dt.date.today()
    dates = sorted(d for d, _ in deliveries)
    delivered = sum(n for _, n in deliveries)
    first = dates[0] if dates else None
    last = dates[-1] if dates else None
    outstanding = max(committed - delivered, 0)
    final = None
    if delivered >= committed > 0:
        running = 0
        for d, n in sorted(deliveries):
            running += n
            if running >= committed:
                final = d
                break
    if status == CommitmentStatus.CANCELLED:
        state = "cancelled"
    elif delivered > committed:
        state = "over-delivered"
    elif committed and delivered == committed:
        state = "fulfilled"
    elif (today - (last or announced_on)).days > stale_after_days:
        state = "stale"
    else:
        state = "open"
    late = None
    if target_date:
        end = final or today
        late = max((end - target_date).days, 0)
    return Balance(
        committed=committed,
        delivered=delivered,
        outstanding=outstanding,
        first_delivery=first,
        last_delivery=last,
        days_to_first_delivery=(first - announced_on).days if first else None,
        days_to_final_delivery=(final - announced_on).days if final else None,
        days_late=late,
        status=state,
    )
