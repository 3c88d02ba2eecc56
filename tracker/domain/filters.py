"""What the user asked to see: shared by the CLI, the tables and the timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    """Record filters. Empty tuples mean "any"; dates are inclusive."""

    donors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    vaccines: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    deal_types: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    text: str = ""
    #: Add pledges to several recipients (global, COVAX-channel, G7) to the committed
    #: line; by default they are a series of their own (they would swamp bilateral flows).
    group_pledges: bool = False

    def in_range(self, day: dt.date) -> bool:
        return (self.date_from is None or day >= self.date_from) and (
            self.date_to is None or day <= self.date_to
        )
