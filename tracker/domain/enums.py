"""Enumerations with stable string codes (stored in the database and the CSV files).

Translated labels live in ``tracker.ui.labels``; here only the codes.
"""

from __future__ import annotations

from enum import StrEnum


class ActorKind(StrEnum):
    """What an actor is: a donor or recipient of doses, or a group of recipients."""

    COUNTRY = "country"
    MULTILATERAL = "multilateral"
    BLOC = "bloc"
    COMPANY = "company"
    GROUP = "group"  # an aggregate of several recipients a source does not split


class DealType(StrEnum):
    """On what terms doses are committed."""

    DONATION = "donation"
    LOAN = "loan"
    SALE = "sale"
    ALLOCATION = "allocation"
    PLEDGE = "pledge"


class Channel(StrEnum):
    """Through whom doses travel from donor to recipient."""

    BILATERAL = "bilateral"
    COVAX = "covax"
    AVAT = "avat"
    OTHER = "other"


class CommitmentStatus(StrEnum):
    """A commitment's standing (a revision may cancel it)."""

    ANNOUNCED = "announced"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class DeliveryStatus(StrEnum):
    """Where a shipment is; only delivered doses count as arrived."""

    SCHEDULED = "scheduled"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"


class EventCategory(StrEnum):
    """The policy area of an event (its colour and symbol on the timeline)."""

    MIGRATION = "migration"
    BORDER = "border"
    DIPLOMACY = "diplomacy"
    TRADE = "trade"
    HEALTH = "health"
    OTHER = "other"


class Confidence(StrEnum):
    """How sure the source is of a record."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class RecordKind(StrEnum):
    """A kind of record: its code is the table's name; ``singular`` names one record."""

    COMMITMENT = "commitments"
    DELIVERY = "deliveries"
    TALLY = "tallies"
    EVENT = "events"
    SERIES = "series"

    @property
    def singular(self) -> str:
        return _SINGULAR[self]


_SINGULAR = {
    RecordKind.COMMITMENT: "commitment",
    RecordKind.DELIVERY: "delivery",
    RecordKind.TALLY: "official tally",
    RecordKind.EVENT: "policy event",
    RecordKind.SERIES: "series",
}


def singular(kind: str) -> str:
    """ "the delivery #12": one record of ``kind`` (a RecordKind code), in English."""
    try:
        return RecordKind(kind).singular
    except ValueError:
        return "record"
