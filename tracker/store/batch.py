"""What an import hands to the store: validated records, and what writing them did.

The io layer builds an :class:`ImportBatch` (deliveries possibly as
:class:`DeliveryColumns`, the parser's fast path); :mod:`tracker.store.importer` writes it
and returns an :class:`ImportResult`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, overload

from tracker.domain.enums import Channel, Confidence, DealType, DeliveryStatus, RecordKind
from tracker.domain.records import (
    Commitment,
    ContextSeries,
    Delivery,
    PolicyEvent,
    Revision,
    Tally,
)

#: Fields of :class:`DeliveryColumns`, in the order of :class:`Delivery`'s arguments.
DELIVERY_FIELDS = (
    "donor recipient vaccine doses arrived_on status deal_type channel expiry_on "
    "confidence notes ref commitment_ref sources"
).split()


class DeliveryColumns(Sequence[Delivery]):
    """Validated deliveries held as columns (one list per field, row order kept).

    The import fast path writes these without building a :class:`Delivery` per row;
    anything else can still index or iterate it and gets :class:`Delivery` objects.
    Choice fields hold their string codes (``None`` where unset); ``sources`` lists may
    be shared between rows and must not be changed in place.
    """

    def __init__(self, columns: dict[str, list[Any]]) -> None:
        self.columns = columns
        self._n = len(columns["ref"])

    @classmethod
    def from_records(cls, records: Iterable[Delivery]) -> DeliveryColumns:
        records = list(records)
        cols = {f: [getattr(d, f) for d in records] for f in DELIVERY_FIELDS}
        for name in ("status", "deal_type", "channel", "confidence"):
            cols[name] = [str(v) if v else None for v in cols[name]]
        if any(d.commitment_id is not None for d in records):
            cols["commitment_id"] = [d.commitment_id for d in records]
        return cls(cols)

    def __len__(self) -> int:
        return self._n

    def _record(self, i: int) -> Delivery:
        c = self.columns
        return Delivery(
            c["donor"][i],
            c["recipient"][i],
            c["vaccine"][i],
            c["doses"][i],
            c["arrived_on"][i],
            DeliveryStatus(c["status"][i]),
            c["commitment_id"][i] if "commitment_id" in c else None,
            DealType(c["deal_type"][i]) if c["deal_type"][i] else None,
            Channel(c["channel"][i]) if c["channel"][i] else None,
            c["expiry_on"][i],
            c["commitment_ref"][i],
            confidence=Confidence(c["confidence"][i]),
            notes=c["notes"][i],
            ref=c["ref"][i],
            sources=list(c["sources"][i]),
        )

    @overload
    def __getitem__(self, i: int) -> Delivery: ...

    @overload
    def __getitem__(self, i: slice) -> list[Delivery]: ...

    def __getitem__(self, i: int | slice) -> Delivery | list[Delivery]:
        if isinstance(i, slice):
            return [self._record(j) for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._record(i)

    def __iter__(self) -> Iterator[Delivery]:
        return (self._record(i) for i in range(self._n))

    def keep(self, mask: list[bool]) -> DeliveryColumns:
        """The rows where ``mask`` is true."""
        return DeliveryColumns({f: list(compress(v, mask)) for f, v in self.columns.items()})


@dataclass
class ImportBatch:
    """Records to write together, already validated by the io layer."""

    commitments: list[Commitment] = field(default_factory=list)
    revisions: list[tuple[str, Revision]] = field(default_factory=list)  # (commitment ref, rev)
    #: A list of records, or (from the import parser) the same as columns.
    deliveries: list[Delivery] | DeliveryColumns = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    events: list[PolicyEvent] = field(default_factory=list)
    series: list[ContextSeries] = field(default_factory=list)
    datasets: list[dict[str, Any]] = field(default_factory=list)
    #: The file parser's promise: no delivery's ref is one an earlier batch of the same
    #: import held (it refuses a repeated id), so a batch written after them in one
    #: transaction can only find a ref among records stored before (a false promise
    #: ends in the database refusing the row, never in a wrong write).
    refs_unseen: bool = False


@dataclass
class ImportResult:
    """Counts of what a write did, the ids it inserted and the rows it changed (by kind)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    inserted_ids: dict[RecordKind, list[int]] = field(default_factory=dict)
    updated_before: dict[RecordKind, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, other: ImportResult) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
