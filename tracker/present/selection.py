"""What the chart and the map read of a selection, said once: the selection without
its dates (their figures are cumulative), the revisions of its commitments, and the
"donors → recipients" line that names it."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from tracker.domain.filters import Filters
from tracker.store import frames
from tracker.store.database import Store

#: The filters that decide which records a cumulative line counts.
_PAIR_SCOPE = ("donors", "recipients", "vaccines", "deal_types", "channels")


def undated(f: Filters) -> Filters:
    """``f`` kept to its pairs, vaccines, deal types and channels (``_PAIR_SCOPE``):
    without its dates, as cumulative figures count every record before the range too and
    so start at the level reached by ``date_from``; nor its text, statuses, event
    categories or pledge grouping."""
    return Filters(**{name: getattr(f, name) for name in _PAIR_SCOPE})


def revisions_of(store: Store, commitments: pd.DataFrame) -> pd.DataFrame:
    """The revision rows of ``commitments`` (an empty frame when there are none)."""
    if not len(commitments):
        return pd.DataFrame()
    return frames.revisions(store, [int(i) for i in commitments["record_id"]])


def pair_line(f: Filters, name: Callable[[str], str], all_donors: str, all_recipients: str) -> str:
    """ "United States → Mexico, Guatemala", or the words for everyone on a side."""

    def names(codes: tuple[str, ...], everyone: str) -> str:
        return ", ".join(name(c) for c in codes) if codes else everyone

    return f"{names(f.donors, all_donors)} → {names(f.recipients, all_recipients)}"
