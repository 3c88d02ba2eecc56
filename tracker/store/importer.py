"""Bulk writes: an import (or the bundled seed) in one transaction, kind by kind.

Each kind's records become rows for the generic upsert (:mod:`tracker.store.upsert`);
commitments bring their revision history and parts, events their actors, series their
points. One audit row per kind written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.domain.enums import RecordKind
from tracker.domain.records import (
    Commitment,
    ContextSeries,
    Delivery,
    PolicyEvent,
    Revision,
    Tally,
)
from tracker.store.audit import write_audit
from tracker.store.batch import DeliveryColumns, ImportBatch, ImportResult
from tracker.store.database import Store
from tracker.store.models import (
    CommitmentRow,
    DatasetRow,
    DeliveryRow,
    EventActorRow,
    EventRow,
    RevisionRow,
    SeriesPointRow,
    SeriesRow,
    TallyRow,
)
from tracker.store.sources import link_sources
from tracker.store.upsert import upsert, upsert_columns


def _latest(c: Commitment) -> tuple[int, str]:
    """The figure and status in force after all of ``c``'s revisions."""
    history = [(c.announced_on, 0, c.doses, str(c.status))]
    history += [(r.revised_on, i + 1, r.doses, str(r.status)) for i, r in enumerate(c.revisions)]
    _, _, doses, status = max(history)
    return doses, status


def _commitment_row(c: Commitment) -> dict[str, Any]:
    doses, status = _latest(c)
    return {
        "ref": c.ref or None,
        "donor": c.donor,
        "recipient": c.recipient,
        "vaccine": c.vaccine,
        "doses": doses,
        "announced_on": c.announced_on,
        "deal_type": str(c.deal_type),
        "channel": str(c.channel),
        "status": status,
        "target_date": c.target_date,
        "confidence": str(c.confidence),
        "notes": c.notes,
    }


def _add_revision(conn: Connection, cid: int, rev: Revision) -> bool:
    """Record ``rev`` in commitment ``cid``'s history unless it is already there."""
    rt = RevisionRow.__table__
    exists = conn.execute(
        sa.select(rt.c.id).where(
            rt.c.commitment_id == cid,
            rt.c.revised_on == rev.revised_on,
            rt.c.doses == rev.doses,
            rt.c.status == str(rev.status),
        )
    ).first()
    if exists:
        return False
    rid = conn.execute(
        sa.insert(rt).returning(rt.c.id),
        {
            "commitment_id": cid,
            "ref": rev.ref or None,
            "revised_on": rev.revised_on,
            "doses": rev.doses,
            "status": str(rev.status),
            "notes": rev.notes,
        },
    ).scalar_one()
    link_sources(conn, "revisions", [(rid, rev.sources)])
    return True


def _write_commitments(
    conn: Connection, batch: ImportBatch, result: ImportResult
) -> dict[str, int]:
    ct = CommitmentRow.__table__
    rt = RevisionRow.__table__
    by_ref: dict[str, int] = {}
    pending: list[tuple[int, Revision]] = []
    if batch.commitments:
        rows = [_commitment_row(c) for c in batch.commitments]
        ids = upsert(
            conn,
            ct,
            RecordKind.COMMITMENT,
            rows,
            [c.sources for c in batch.commitments],
            ("donor", "recipient", "vaccine", "announced_on", "doses"),
            result,
        )
        new_ids = set(result.inserted_ids.get(RecordKind.COMMITMENT, []))
        first: list[dict[str, Any]] = []
        for c, cid in zip(batch.commitments, ids, strict=True):
            if c.ref:
                by_ref[c.ref] = cid
            if cid in new_ids:
                # The announcement itself is the first entry of the history.
                first.append(
                    {
                        "commitment_id": cid,
                        "ref": c.ref or None,
                        "revised_on": c.announced_on,
                        "doses": c.doses,
                        "status": str(c.status),
                        "notes": "",
                    }
                )
            pending += [(cid, r) for r in c.revisions]
        if first:
            conn.execute(sa.insert(rt), first)
    if batch.revisions:
        refs = [ref for ref, _ in batch.revisions if ref not in by_ref]
        for cid, ref in conn.execute(sa.select(ct.c.id, ct.c.ref).where(ct.c.ref.in_(refs))):
            by_ref[ref] = cid
        pending += [(by_ref[ref], r) for ref, r in batch.revisions]
    touched: set[int] = set()
    for cid, rev in pending:
        if _add_revision(conn, cid, rev):
            touched.add(cid)
    for cid in touched:
        refresh_commitment_figure(conn, cid)
    _link_parts(conn, batch.commitments, by_ref)
    new_ids = set(result.inserted_ids.get(RecordKind.COMMITMENT, []))
    result.updated += len(touched - new_ids)
    return by_ref


def _link_parts(conn: Connection, commitments: list[Commitment], by_ref: dict[str, int]) -> None:
    """Point each part at its container (in the batch or already stored)."""
    ct = CommitmentRow.__table__
    parts = [c for c in commitments if c.part_of and c.ref in by_ref]
    missing = sorted({c.part_of for c in parts} - set(by_ref))
    for i in range(0, len(missing), 500):
        for cid, ref in conn.execute(
            sa.select(ct.c.id, ct.c.ref).where(ct.c.ref.in_(missing[i : i + 500]))
        ):
            by_ref[ref] = cid
    for c in parts:
        if c.part_of in by_ref:
            conn.execute(
                sa.update(ct)
                .where(
                    ct.c.id == by_ref[c.ref], ct.c.part_of_id.is_distinct_from(by_ref[c.part_of])
                )
                .values(part_of_id=by_ref[c.part_of])
            )


def refresh_commitment_figure(conn: Connection, commitment_id: int) -> None:
    """Keep ``commitments.doses``/``status`` equal to the latest revision."""
    rt, ct = RevisionRow.__table__, CommitmentRow.__table__
    latest = conn.execute(
        sa.select(rt.c.doses, rt.c.status)
        .where(rt.c.commitment_id == commitment_id)
        .order_by(rt.c.revised_on.desc(), rt.c.id.desc())
        .limit(1)
    ).first()
    if latest is not None:
        conn.execute(
            sa.update(ct)
            .where(
                ct.c.id == commitment_id,
                sa.or_(ct.c.doses != latest.doses, ct.c.status != latest.status),
            )
            .values(doses=latest.doses, status=latest.status, version=ct.c.version + 1)
        )


@dataclass(frozen=True)
class _Flat:
    """How the records of a kind without history become rows: fields copied as they
    are, fields stored as their codes, and the natural key of a record without a ref."""

    table: sa.Table
    plain: tuple[str, ...]
    coded: tuple[str, ...]
    key: tuple[str, ...]


_FLAT = {
    RecordKind.TALLY: _Flat(
        TallyRow.__table__,
        ("donor", "recipient", "vaccine", "doses", "as_of"),
        ("confidence",),
        ("donor", "recipient", "vaccine", "as_of", "doses"),
    ),
    RecordKind.EVENT: _Flat(
        EventRow.__table__,
        ("start_on", "end_on", "title", "description"),
        ("category", "confidence"),
        ("start_on", "title"),
    ),
}


def _upsert_flat(
    conn: Connection, kind: RecordKind, records: Sequence[Tally | PolicyEvent], result: ImportResult
) -> list[int]:
    """Upsert tallies or events; their ids, in order."""
    spec = _FLAT[kind]
    rows = [
        {
            "ref": r.ref or None,
            **{f: getattr(r, f) for f in spec.plain},
            **{f: str(getattr(r, f)) for f in spec.coded},
            "notes": r.notes,
        }
        for r in records
    ]
    return upsert(conn, spec.table, kind, rows, [r.sources for r in records], spec.key, result)


def write_batch(conn: Connection, batch: ImportBatch) -> ImportResult:
    """Write a whole batch on an open write transaction (the caller commits)."""
    result = ImportResult()
    by_ref = _write_commitments(conn, batch, result)
    if batch.deliveries:
        _write_deliveries(conn, batch.deliveries, by_ref, result, batch.refs_unseen)
    if batch.tallies:
        _upsert_flat(conn, RecordKind.TALLY, batch.tallies, result)
    if batch.events:
        ids = _upsert_flat(conn, RecordKind.EVENT, batch.events, result)
        at = EventActorRow.__table__
        conn.execute(sa.delete(at).where(at.c.event_id.in_(ids)))
        links = [
            {"event_id": i, "actor": a}
            for e, i in zip(batch.events, ids, strict=True)
            for a in dict.fromkeys(e.actors)
        ]
        if links:
            conn.execute(sa.insert(at), links)
    for s in batch.series:
        _write_series(conn, s, result)
    for d in batch.datasets:
        dt_ = DatasetRow.__table__
        conn.execute(sa.delete(dt_).where(dt_.c.name == d["name"]))
        conn.execute(sa.insert(dt_), d)
    for kind, ids in result.inserted_ids.items():
        if ids:
            write_audit(conn, kind, None, "import", {"rows": len(ids)})
    return result


def _write_deliveries(
    conn: Connection,
    deliveries: list[Delivery] | DeliveryColumns,
    by_ref: dict[str, int],
    result: ImportResult,
    refs_unseen: bool = False,
) -> None:
    d = (
        deliveries
        if isinstance(deliveries, DeliveryColumns)
        else DeliveryColumns.from_records(deliveries)
    )
    c = d.columns
    n = len(d)
    wanted = {r for r in c["commitment_ref"] if r}
    missing = wanted - set(by_ref)
    if missing:
        ct = CommitmentRow.__table__
        for cid, ref in conn.execute(sa.select(ct.c.id, ct.c.ref).where(ct.c.ref.in_(missing))):
            by_ref[ref] = cid
    known = c.get("commitment_id") or [None] * n
    if wanted:
        commitment_ids = [by_ref.get(r, k) for r, k in zip(c["commitment_ref"], known, strict=True)]
    else:
        commitment_ids = known
    columns = {
        "ref": c["ref"],  # "" for none: insert_new stores NULL
        "donor": c["donor"],
        "recipient": c["recipient"],
        "vaccine": c["vaccine"],
        "doses": c["doses"],
        "arrived_on": c["arrived_on"],
        "status": c["status"],
        "commitment_id": commitment_ids,
        "deal_type": c["deal_type"],
        "channel": c["channel"],
        "expiry_on": c["expiry_on"],
        "confidence": c["confidence"],
        "notes": c["notes"],
    }
    upsert_columns(
        conn,
        DeliveryRow.__table__,
        RecordKind.DELIVERY,
        columns,
        c["sources"],
        ("donor", "recipient", "vaccine", "arrived_on", "doses"),
        result,
        refs_unseen,
    )


def _write_series(conn: Connection, s: ContextSeries, result: ImportResult) -> None:
    st, pt = SeriesRow.__table__, SeriesPointRow.__table__
    sid = conn.execute(sa.select(st.c.id).where(st.c.code == s.code)).scalar()
    if sid is None:
        sid = conn.execute(
            sa.insert(st).returning(st.c.id),
            {"code": s.code, "title": s.title, "unit": s.unit, "notes": s.notes},
        ).scalar_one()
        link_sources(conn, RecordKind.SERIES, [(sid, s.sources)])
    existing: dict[dt.date, float] = {
        on: value
        for on, value in conn.execute(sa.select(pt.c.on, pt.c.value).where(pt.c.series_id == sid))
    }
    new: list[dict[str, Any]] = []
    for p in s.points:
        if p.on not in existing:
            new.append({"series_id": sid, "on": p.on, "value": p.value})
            result.new += 1
        elif existing[p.on] != p.value:
            conn.execute(
                sa.update(pt).where(pt.c.series_id == sid, pt.c.on == p.on).values(value=p.value)
            )
            result.updated += 1
        else:
            result.unchanged += 1
    if new:
        conn.execute(sa.insert(pt), new)


def import_batch(store: Store, batch: ImportBatch, dry_run: bool = False) -> ImportResult:
    """Write ``batch`` in one transaction; with ``dry_run`` roll it back and only count."""
    if dry_run:
        with store.engine.connect().execution_options(tracker_write=True) as conn:
            trans = conn.begin()
            try:
                return write_batch(conn, batch)
            finally:
                trans.rollback()
    with store.write() as conn:
        return write_batch(conn, batch)
