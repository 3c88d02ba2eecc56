"""Bulk writes: an import (or the bundled seed) in one transaction, with Core inserts.

Duplicates are recognised by ``ref`` (the file's id column) when present, otherwise by
the natural key (donor, recipient, vaccine, date, doses). A row whose ref matches but
whose fields differ is updated; an identical row is left alone.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.domain.records import (
    Commitment,
    ContextSeries,
    Delivery,
    PolicyEvent,
    Revision,
    SourceRef,
    Tally,
)
from tracker.store.database import Store
from tracker.store.models import (
    AuditRow,
    CommitmentRow,
    DatasetRow,
    DeliveryRow,
    EventActorRow,
    EventRow,
    RecordSourceRow,
    RevisionRow,
    SeriesPointRow,
    SeriesRow,
    SourceRow,
    TallyRow,
)


def current_user() -> str:
    """The name written to the audit trail: ``TRACKER_USER`` or the OS user."""
    try:
        return os.environ.get("TRACKER_USER") or getpass.getuser()
    except OSError:  # no passwd entry (containers)
        return "unknown"


@dataclass
class ImportBatch:
    """Records to write together, already validated by the io layer."""

    commitments: list[Commitment] = field(default_factory=list)
    revisions: list[tuple[str, Revision]] = field(default_factory=list)  # (commitment ref, rev)
    deliveries: list[Delivery] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    events: list[PolicyEvent] = field(default_factory=list)
    series: list[ContextSeries] = field(default_factory=list)
    datasets: list[dict] = field(default_factory=list)


@dataclass
class ImportResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    inserted_ids: dict[str, list[int]] = field(default_factory=dict)
    updated_before: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, other: ImportResult) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged


def _host(url: str) -> str:
    """The site a URL is on, shown as the publisher until someone types a better one."""
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _source_ids(conn: Connection, refs: list[SourceRef]) -> dict[str, int]:
    t = SourceRow.__table__
    urls = list(dict.fromkeys(s.url for s in refs if s.url))
    known: dict[str, int] = {}
    for i in range(0, len(urls), 500):
        chunk = urls[i : i + 500]
        known.update(
            {u: k for k, u in conn.execute(sa.select(t.c.id, t.c.url).where(t.c.url.in_(chunk)))}
        )
    missing = []
    seen = set()
    for s in refs:
        if s.url and s.url not in known and s.url not in seen:
            seen.add(s.url)
            missing.append(
                {
                    "url": s.url,
                    "title": s.title,
                    "publisher": s.publisher or _host(s.url),
                    "published_on": s.published_on,
                    "accessed_on": s.accessed_on,
                }
            )
    if missing:
        rows = conn.execute(
            sa.insert(t).returning(t.c.id, t.c.url, sort_by_parameter_order=True), missing
        )
        known.update({u: k for k, u in rows})
    return known


def _link_sources(conn: Connection, kind: str, pairs: list[tuple[int, list[SourceRef]]]) -> None:
    refs = [s for _, sources in pairs for s in sources]
    if not refs:
        return
    ids = _source_ids(conn, refs)
    rows = []
    for record_id, sources in pairs:
        seen = set()
        for pos, s in enumerate(sources):
            sid = ids.get(s.url)
            if sid is not None and sid not in seen:
                seen.add(sid)
                rows.append(
                    {"kind": kind, "record_id": record_id, "source_id": sid, "position": pos}
                )
    if rows:
        conn.execute(sa.insert(RecordSourceRow.__table__), rows)


def _replace_sources(conn: Connection, kind: str, record_id: int, sources: list[SourceRef]) -> None:
    t = RecordSourceRow.__table__
    conn.execute(sa.delete(t).where(t.c.kind == kind, t.c.record_id == record_id))
    _link_sources(conn, kind, [(record_id, sources)])


def _audit(
    conn: Connection, kind: str, action: str, count: int, detail: dict | None = None
) -> None:
    if count:
        conn.execute(
            sa.insert(AuditRow.__table__),
            {
                "user": current_user(),
                "kind": kind,
                "record_id": None,
                "action": action,
                "detail": json.dumps({"rows": count, **(detail or {})}),
            },
        )


# -- generic upsert of one flat record kind --------------------------------------------
def _upsert(
    conn: Connection,
    table: sa.Table,
    kind: str,
    rows: list[dict],
    sources: list[list[SourceRef]],
    key_cols: tuple[str, ...],
    result: ImportResult,
) -> list[int]:
    """Insert new rows, update changed ones (by ref), skip identical ones; return all ids."""
    compare_cols = [c for c in rows[0] if c != "ref"] if rows else []
    existing_by_ref: dict[str, dict] = {}
    existing_by_key: dict[tuple, int] = {}
    refs = [r["ref"] for r in rows if r.get("ref")]
    cols = [table.c.id, table.c.ref, table.c.version, *[table.c[c] for c in compare_cols]]
    for i in range(0, len(refs), 500):
        for row in conn.execute(sa.select(*cols).where(table.c.ref.in_(refs[i : i + 500]))):
            existing_by_ref[row.ref] = dict(row._mapping)
    if any(not r.get("ref") for r in rows):
        for row in conn.execute(sa.select(table.c.id, *[table.c[c] for c in key_cols])):
            existing_by_key[tuple(row[1:])] = row[0]

    ids: list[int | None] = [None] * len(rows)
    to_insert: list[int] = []
    for i, r in enumerate(rows):
        old = existing_by_ref.get(r["ref"]) if r.get("ref") else None
        if old is None and not r.get("ref"):
            key = tuple(r[c] for c in key_cols)
            if key in existing_by_key:
                ids[i] = existing_by_key[key]
                result.unchanged += 1
                continue
        if old is None:
            to_insert.append(i)
            continue
        ids[i] = old["id"]
        changes = {c: r[c] for c in compare_cols if old[c] != r[c]}
        if changes:
            conn.execute(
                sa.update(table)
                .where(table.c.id == old["id"])
                .values(
                    **changes,
                    version=old["version"] + 1,
                    updated_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                )
            )
            result.updated_before.setdefault(kind, []).append(old)
            _replace_sources(conn, kind, old["id"], sources[i])
            result.updated += 1
        else:
            result.unchanged += 1
    if to_insert:
        new_rows = [{**rows[i], "ref": rows[i].get("ref") or None, "version": 1} for i in to_insert]
        new_ids = [
            row[0]
            for row in conn.execute(
                sa.insert(table).returning(table.c.id, sort_by_parameter_order=True), new_rows
            )
        ]
        for i, new_id in zip(to_insert, new_ids, strict=True):
            ids[i] = new_id
        _link_sources(conn, kind, [(ids[i], sources[i]) for i in to_insert])
        result.new += len(to_insert)
        result.inserted_ids.setdefault(kind, []).extend(new_ids)
    return [i for i in ids if i is not None]


def _latest(c: Commitment) -> tuple[int, str]:
    """The figure and status in force after all of ``c``'s revisions."""
    history = [(c.announced_on, 0, c.doses, str(c.status))]
    history += [(r.revised_on, i + 1, r.doses, str(r.status)) for i, r in enumerate(c.revisions)]
    _, _, doses, status = max(history)
    return doses, status


def _commitment_row(c: Commitment) -> dict:
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
    _link_sources(conn, "revisions", [(rid, rev.sources)])
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
        ids = _upsert(
            conn,
            ct,
            "commitments",
            rows,
            [c.sources for c in batch.commitments],
            ("donor", "recipient", "vaccine", "announced_on", "doses"),
            result,
        )
        new_ids = set(result.inserted_ids.get("commitments", []))
        first = []
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
    touched = set()
    for cid, rev in pending:
        if _add_revision(conn, cid, rev):
            touched.add(cid)
    for cid in touched:
        _refresh_commitment_figure(conn, cid)
    new_ids = set(result.inserted_ids.get("commitments", []))
    result.updated += len(touched - new_ids)
    return by_ref


def _refresh_commitment_figure(conn: Connection, commitment_id: int) -> None:
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


def write_batch(conn: Connection, batch: ImportBatch) -> ImportResult:
    """Write a whole batch on an open write transaction (the caller commits)."""
    result = ImportResult()
    by_ref = _write_commitments(conn, batch, result)
    if batch.deliveries:
        missing = {d.commitment_ref for d in batch.deliveries if d.commitment_ref} - set(by_ref)
        if missing:
            ct = CommitmentRow.__table__
            for cid, ref in conn.execute(sa.select(ct.c.id, ct.c.ref).where(ct.c.ref.in_(missing))):
                by_ref[ref] = cid
        rows = []
        for d in batch.deliveries:
            rows.append(
                {
                    "ref": d.ref or None,
                    "donor": d.donor,
                    "recipient": d.recipient,
                    "vaccine": d.vaccine,
                    "doses": d.doses,
                    "arrived_on": d.arrived_on,
                    "status": str(d.status),
                    "commitment_id": by_ref.get(d.commitment_ref, d.commitment_id),
                    "deal_type": str(d.deal_type) if d.deal_type else None,
                    "channel": str(d.channel) if d.channel else None,
                    "expiry_on": d.expiry_on,
                    "confidence": str(d.confidence),
                    "notes": d.notes,
                }
            )
        _upsert(
            conn,
            DeliveryRow.__table__,
            "deliveries",
            rows,
            [d.sources for d in batch.deliveries],
            ("donor", "recipient", "vaccine", "arrived_on", "doses"),
            result,
        )
    if batch.tallies:
        rows = [
            {
                "ref": t.ref or None,
                "donor": t.donor,
                "recipient": t.recipient,
                "vaccine": t.vaccine,
                "doses": t.doses,
                "as_of": t.as_of,
                "confidence": str(t.confidence),
                "notes": t.notes,
            }
            for t in batch.tallies
        ]
        _upsert(
            conn,
            TallyRow.__table__,
            "tallies",
            rows,
            [t.sources for t in batch.tallies],
            ("donor", "recipient", "vaccine", "as_of", "doses"),
            result,
        )
    if batch.events:
        rows = [
            {
                "ref": e.ref or None,
                "start_on": e.start_on,
                "end_on": e.end_on,
                "title": e.title,
                "description": e.description,
                "category": str(e.category),
                "confidence": str(e.confidence),
                "notes": e.notes,
            }
            for e in batch.events
        ]
        ids = _upsert(
            conn,
            EventRow.__table__,
            "events",
            rows,
            [e.sources for e in batch.events],
            ("start_on", "title"),
            result,
        )
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
        _audit(conn, kind, "import", len(ids))
    return result


def _write_series(conn: Connection, s: ContextSeries, result: ImportResult) -> None:
    st, pt = SeriesRow.__table__, SeriesPointRow.__table__
    sid = conn.execute(sa.select(st.c.id).where(st.c.code == s.code)).scalar()
    if sid is None:
        sid = conn.execute(
            sa.insert(st).returning(st.c.id),
            {"code": s.code, "title": s.title, "unit": s.unit, "notes": s.notes},
        ).scalar_one()
        _link_sources(conn, "series", [(sid, s.sources)])
    existing = dict(conn.execute(sa.select(pt.c.on, pt.c.value).where(pt.c.series_id == sid)).all())
    new = []
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
