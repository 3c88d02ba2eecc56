"""Derived figures: what was committed, delivered and outstanding, computed without SQL."""

from __future__ import annotations

import datetime as dt

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
