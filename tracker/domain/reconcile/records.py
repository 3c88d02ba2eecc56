"""What reconciliation reads and what it returns: input rows, balances, checkpoints,
totals and findings, with their stable status codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TypedDict

MIXED = "mixed"
#: Shipments in arrival order (ties by id): the one order every rule reads them in.
ARRIVAL_ORDER = attrgetter("arrived_on", "id")
STALE_AFTER_DAYS = 180
OLD_DATASET_DAYS = 365

# Statuses of a commitment, in the order a reader cares about them.
CANCELLED = "cancelled"
OVER_DELIVERED = "over-delivered"
FULFILLED = "fulfilled"
LATE = "late"
STALE = "stale"
OPEN = "open"
NOT_RECORDED = "not-recorded"
COMMITMENT_STATUSES = (OPEN, FULFILLED, OVER_DELIVERED, LATE, STALE, NOT_RECORDED, CANCELLED)

# How a balance's delivered figure was reached.
BASIS_LINKED = "linked"
BASIS_MATCHED = "matched"
BASIS_NONE = "none"

# Statuses of a tally checkpoint.
MATCHES = "matches"
MISSING = "missing"  # the tally is above what the deliveries recorded add up to
EXCEEDS = "exceeds"  # recorded deliveries add up to more than the tally
TALLY_NOT_RECORDED = "not-recorded"
TALLY_STATUSES = (MATCHES, MISSING, EXCEEDS, TALLY_NOT_RECORDED)


# -- inputs -------------------------------------------------------------------------------
class Identity(TypedDict):
    """The fields a result row takes over from the record it is about."""

    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str


@dataclass(frozen=True)
class PairRecord:
    """A record of one donor → recipient pair and vaccine: how every input row and
    every per-record result (balance, checkpoint) begins."""

    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str

    @property
    def label(self) -> str:
        return self.ref or f"#{self.id}"

    def identity(self) -> Identity:
        return Identity(
            id=self.id,
            ref=self.ref,
            donor=self.donor,
            recipient=self.recipient,
            vaccine=self.vaccine,
        )


@dataclass(frozen=True)
class CommitmentIn(PairRecord):
    committed: int  # the figure in force (0 once cancelled is handled by ``cancelled``)
    announced_on: dt.date
    cancelled: bool
    target_date: dt.date | None = None
    several_recipients: bool = False
    part_of: int | None = None  # the id of a commitment that contains this one


@dataclass(frozen=True)
class DeliveryIn(PairRecord):
    doses: int
    arrived_on: dt.date
    delivered: bool  # arrived (not scheduled or in transit)
    commitment_id: int | None = None
    has_source: bool = True


@dataclass(frozen=True)
class TallyIn(PairRecord):
    doses: int
    as_of: dt.date
    several_recipients: bool = False


@dataclass(frozen=True)
class DatasetIn:
    name: str
    kind: str
    as_of: dt.date | None


# -- outputs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Promise(PairRecord):
    """One commitment's balance."""

    announced_on: dt.date
    target_date: dt.date | None
    committed: int
    delivered: int
    outstanding: int | None  # None when the data does not record this pair's deliveries
    first_delivery: dt.date | None
    last_delivery: dt.date | None
    days_to_first: int | None
    days_to_final: int | None
    days_late: int | None
    status: str
    basis: str
    as_of: dt.date | None
    several_recipients: bool
    tally: int | None = None  # the pair's latest official tally (same vaccine or mixed)
    part_of: int | None = None  # contained in that commitment: totals count only one
    tally_as_of: dt.date | None = None
    delivery_ids: tuple[int, ...] = ()

    @property
    def covered(self) -> bool:
        """Whether the data records this commitment's deliveries (or its cancellation)."""
        return self.status not in (NOT_RECORDED,) and not self.several_recipients

    @property
    def percent(self) -> float | None:
        if not self.covered or not self.committed:
            return None
        return 100.0 * self.delivered / self.committed


@dataclass(frozen=True)
class Checkpoint(PairRecord):
    """An official running total compared with the recorded deliveries behind it."""

    as_of: dt.date
    tally: int
    recorded: int
    status: str
    delivery_ids: tuple[int, ...] = ()

    @property
    def difference(self) -> int:
        """Tally minus recorded: positive when deliveries are missing from the data."""
        return self.tally - self.recorded


@dataclass(frozen=True)
class PairTotal:
    donor: str
    recipient: str
    committed: int
    delivered: int
    outstanding: int
    as_of: dt.date | None
    several_recipients: bool


@dataclass(frozen=True)
class DonorFulfilment:
    donor: str
    committed: int  # of the covered commitments only
    delivered: int
    covered: int  # commitments the data covers
    total: int  # bilateral, not cancelled commitments of the donor in view

    @property
    def percent(self) -> float | None:
        return 100.0 * self.delivered / self.committed if self.committed else None


@dataclass(frozen=True)
class Finding:
    """One data-quality finding; ``code`` is stable, ``message`` is its English wording."""

    severity: str  # warning / info
    code: str
    kind: str  # the RecordKind it points at, or "datasets"
    record_id: int | None
    ref: str
    message: str
    params: tuple[tuple[str, object], ...] = ()


@dataclass(eq=False)
class Reconciliation:
    """Balances, checkpoints, pair totals and fulfilment; the data-quality findings are
    worked out the first time they are read (the report, the chart and the tables never
    read them: 49,000 "not linked" findings were a fifth of a 100,000-delivery report's
    data)."""

    as_of: dt.date | None
    promises: list[Promise] = field(default_factory=list)
    checkpoints: list[Checkpoint] = field(default_factory=list)
    pairs: list[PairTotal] = field(default_factory=list)
    donors: list[DonorFulfilment] = field(default_factory=list)
    #: Works the findings out (set by the reconciliation; dropped once they are read).
    pending_findings: Callable[[], list[Finding]] | None = field(default=None, repr=False)
    _findings: list[Finding] | None = field(default=None, init=False, repr=False)

    @property
    def findings(self) -> list[Finding]:
        if self._findings is None:
            pending, self.pending_findings = self.pending_findings, None
            self._findings = pending() if pending is not None else []
        return self._findings

    @findings.setter
    def findings(self, value: list[Finding]) -> None:
        self._findings, self.pending_findings = value, None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reconciliation):
            return NotImplemented
        return _compared(self) == _compared(other)

    def promise(self, label: str) -> Promise | None:
        return next((p for p in self.promises if p.label == label), None)

    def checkpoint(self, label: str) -> Checkpoint | None:
        return next((c for c in self.checkpoints if c.label == label), None)


def _compared(r: Reconciliation) -> tuple[object, ...]:
    return (r.as_of, r.promises, r.checkpoints, r.pairs, r.donors, r.findings)
