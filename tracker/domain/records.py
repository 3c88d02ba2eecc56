"""The records the tracker keeps, as plain dataclasses (the store maps them to tables)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tracker.domain.enums import (
    Channel,
    CommitmentStatus,
    Confidence,
    DealType,
    DeliveryStatus,
    EventCategory,
)


@dataclass
class SourceRef:
    """A cited source: the URL that was read, and what is known about it."""

    url: str
    title: str = ""
    publisher: str = ""
    published_on: dt.date | None = None
    accessed_on: dt.date | None = None


@dataclass
class Revision:
    """One figure in a commitment's history; the latest one counts."""

    revised_on: dt.date
    doses: int
    status: CommitmentStatus = CommitmentStatus.ANNOUNCED
    ref: str = ""
    notes: str = ""
    sources: list[SourceRef] = field(default_factory=list)


@dataclass(kw_only=True)
class Cited:
    """What every record carries beside its own figures, always given by name: how sure
    we are, notes, its id (``ref``), its sources, and its database id and version."""

    confidence: Confidence = Confidence.HIGH
    notes: str = ""
    ref: str = ""
    sources: list[SourceRef] = field(default_factory=list)
    id: int | None = None
    version: int = 1


@dataclass
class Commitment(Cited):
    donor: str
    recipient: str
    vaccine: str
    doses: int
    announced_on: dt.date
    deal_type: DealType = DealType.DONATION
    channel: Channel = Channel.BILATERAL
    status: CommitmentStatus = CommitmentStatus.ANNOUNCED
    target_date: dt.date | None = None
    revisions: list[Revision] = field(default_factory=list)
    part_of: str = ""  # the id (ref) of a commitment that contains this one


@dataclass
class Delivery(Cited):
    donor: str
    recipient: str
    vaccine: str
    doses: int
    arrived_on: dt.date
    status: DeliveryStatus = DeliveryStatus.DELIVERED
    commitment_id: int | None = None
    deal_type: DealType | None = None
    channel: Channel | None = None
    expiry_on: dt.date | None = None
    commitment_ref: str = ""


@dataclass
class Tally(Cited):
    """An official running total on a date: a checkpoint, never summed as a delivery."""

    donor: str
    recipient: str
    vaccine: str
    doses: int
    as_of: dt.date


@dataclass
class PolicyEvent(Cited):
    start_on: dt.date
    title: str
    category: EventCategory = EventCategory.OTHER
    end_on: dt.date | None = None
    description: str = ""
    actors: tuple[str, ...] = ()


@dataclass
class SeriesPoint:
    series: str
    on: dt.date
    value: float


@dataclass
class ContextSeries:
    code: str
    title: str
    unit: str
    sources: list[SourceRef] = field(default_factory=list)
    notes: str = ""
    points: list[SeriesPoint] = field(default_factory=list)
