"""The relational schema as SQLAlchemy 2.x typed ORM classes.

Every editable row has ``created_at``/``updated_at`` and a ``version`` counter used for
optimistic locking (``version_id_col``). Sources attach to any record through
``record_sources`` (kind + record id).
"""

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tracker.domain.enums import RecordKind

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:
        # Every model here maps one plain table (SQLAlchemy types it as any FromClause).
        __table__: ClassVar[Table]


def utc_now() -> dt.datetime:
    """Now in UTC, without a zone (how every time is stored)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utc_now, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utc_now, onupdate=utc_now, server_default=func.now()
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class CitedRow(Timestamped):
    """Columns every cited record has (commitments, deliveries, tallies, events): its id,
    the reference users and files know it by, how sure its source is, free notes."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    confidence: Mapped[str] = mapped_column(String(8), default="high")
    notes: Mapped[str] = mapped_column(Text, default="")


class PairRow(CitedRow):
    """A cited figure between two actors for one vaccine (commitments, tallies; deliveries
    index their pair together instead)."""

    donor: Mapped[str] = mapped_column(ForeignKey("actors.code"), index=True)
    recipient: Mapped[str] = mapped_column(ForeignKey("actors.code"), index=True)
    vaccine: Mapped[str] = mapped_column(ForeignKey("vaccines.code"))


class ActorRow(Base):
    __tablename__ = "actors"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_es: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))


class VaccineRow(Base):
    __tablename__ = "vaccines"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class SourceRow(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    accessed_on: Mapped[dt.date | None] = mapped_column(Date)


class RecordSourceRow(Base):
    __tablename__ = "record_sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        # Also the index for "the sources of record N" (kind, record_id come first).
        UniqueConstraint("kind", "record_id", "source_id", name="uq_record_sources_link"),
    )


class CommitmentRow(PairRow, Base):
    __tablename__ = "commitments"
    doses: Mapped[int] = mapped_column(BigInteger)  # the latest revision's figure
    announced_on: Mapped[dt.date] = mapped_column(Date, index=True)
    deal_type: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    #: The commitment this one is part of (G7 1 bn ⊃ US 500 M): no total counts both.
    part_of_id: Mapped[int | None] = mapped_column(Integer)  # migration 0004
    __mapper_args__ = {"version_id_col": Timestamped.version}


class RevisionRow(Base):
    __tablename__ = "commitment_revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    ref: Mapped[str | None] = mapped_column(String(64))
    revised_on: Mapped[dt.date] = mapped_column(Date)
    doses: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utc_now, server_default=func.now()
    )


class DeliveryRow(CitedRow, Base):
    __tablename__ = "deliveries"
    donor: Mapped[str] = mapped_column(ForeignKey("actors.code"))
    recipient: Mapped[str] = mapped_column(ForeignKey("actors.code"))
    vaccine: Mapped[str] = mapped_column(ForeignKey("vaccines.code"))
    doses: Mapped[int] = mapped_column(BigInteger)
    arrived_on: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16))
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL")
    )
    deal_type: Mapped[str | None] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(16))
    expiry_on: Mapped[dt.date | None] = mapped_column(Date)
    __mapper_args__ = {"version_id_col": Timestamped.version}
    __table_args__ = (
        Index("ix_deliveries_pair", "donor", "recipient"),  # migration 0003
        # Only linked deliveries: most have no commitment. Migration 0002 creates it,
        # partial on SQLite and PostgreSQL alike; the schema is never created from these
        # classes, and a ``postgresql_where`` here would import SQLAlchemy's PostgreSQL
        # dialect at every start (0.1 s) to check the keyword.
        Index(
            "ix_deliveries_commitment_id",
            "commitment_id",
            sqlite_where=text("commitment_id IS NOT NULL"),
        ),
    )


class TallyRow(PairRow, Base):
    __tablename__ = "tallies"
    doses: Mapped[int] = mapped_column(BigInteger)
    as_of: Mapped[dt.date] = mapped_column(Date)
    __mapper_args__ = {"version_id_col": Timestamped.version}


class EventRow(CitedRow, Base):
    __tablename__ = "events"
    start_on: Mapped[dt.date] = mapped_column(Date, index=True)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(16))
    __mapper_args__ = {"version_id_col": Timestamped.version}


class EventActorRow(Base):
    __tablename__ = "event_actors"
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    actor: Mapped[str] = mapped_column(ForeignKey("actors.code"), primary_key=True)


class SeriesRow(Base):
    __tablename__ = "series"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class SeriesPointRow(Base):
    __tablename__ = "series_points"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    __table_args__ = (UniqueConstraint("series_id", "on", name="uq_series_points_day"),)


class DatasetRow(Base):
    """A bundled or imported dataset, with its licence and "as of" date."""

    __tablename__ = "datasets"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="")
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    licence: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[str] = mapped_column(Text, default="")
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class AuditRow(Base):
    """Who changed what and when."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    user: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")


#: The model of each kind of record a user can edit one by one.
EDITABLE: dict[str, type[Base]] = {
    RecordKind.COMMITMENT: CommitmentRow,
    RecordKind.DELIVERY: DeliveryRow,
    RecordKind.TALLY: TallyRow,
    RecordKind.EVENT: EventRow,
}
