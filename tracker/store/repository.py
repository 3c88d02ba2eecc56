"""Single-record writes (add, edit, delete, revise), each in one transaction.

Every write returns the inverse change, checks the version the user saw (optimistic
locking) and leaves an audit row saying who changed what.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.domain.changes import Applied, Change
from tracker.domain.enums import RecordKind, singular
from tracker.domain.errors import ConflictError, ValidationError
from tracker.domain.records import SourceRef
from tracker.store.audit import write_audit
from tracker.store.database import Store
from tracker.store.importer import refresh_commitment_figure
from tracker.store.models import (
    EDITABLE,
    DeliveryRow,
    EventActorRow,
    RecordSourceRow,
    RevisionRow,
    SourceRow,
    utc_now,
)
from tracker.store.sources import link_sources

_SPECIAL = ("sources", "actors", "revisions", "relinked_deliveries")


def _table(kind: str) -> sa.Table:
    try:
        return EDITABLE[kind].__table__
    except KeyError:
        raise ValidationError("kind", f"unknown record kind {kind!r}") from None


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in _SPECIAL}


def _gone(kind: str, record_id: int | None) -> ConflictError:
    return ConflictError(
        f"the {singular(kind)} #{record_id} no longer exists (deleted by someone else?)",
        kind,
        record_id,
    )


def _changed_since(change: Change, current: object) -> ConflictError:
    return ConflictError(
        f"the {singular(change.kind)} #{change.record_id} was changed by someone else since you "
        f"opened it (version {change.expected_version} → {current})",
        change.kind,
        change.record_id,
    )


def _target(change: Change) -> int:
    """The id of the record ``change`` is about (none: the record cannot be found)."""
    if change.record_id is None:
        raise _gone(change.kind, None)
    return change.record_id


def _version(conn: Connection, t: sa.Table, record_id: int) -> int:
    """The version of a record known to exist."""
    version: int = conn.execute(sa.select(t.c.version).where(t.c.id == record_id)).scalar_one()
    return version


def _sources_of(conn: Connection, kind: str, record_id: int) -> list[dict[str, Any]]:
    rs, s = RecordSourceRow.__table__, SourceRow.__table__
    rows = conn.execute(
        sa.select(s.c.url, s.c.title, s.c.publisher, s.c.published_on)
        .join(rs, rs.c.source_id == s.c.id)
        .where(rs.c.kind == kind, rs.c.record_id == record_id)
        .order_by(rs.c.position)
    )
    return [dict(r._mapping) for r in rows]


def _set_sources(conn: Connection, kind: str, record_id: int, sources: list[Any]) -> None:
    rs = RecordSourceRow.__table__
    conn.execute(sa.delete(rs).where(rs.c.kind == kind, rs.c.record_id == record_id))
    refs = [
        s if isinstance(s, SourceRef) else SourceRef(**s) if isinstance(s, dict) else SourceRef(s)
        for s in sources
    ]
    link_sources(conn, kind, [(record_id, refs)])
    # Fill in titles/publishers the user typed for sources that already existed.
    st = SourceRow.__table__
    for ref in refs:
        updates = {
            k: v
            for k, v in (
                ("title", ref.title),
                ("publisher", ref.publisher),
                ("published_on", ref.published_on),
            )
            if v
        }
        if updates:
            conn.execute(sa.update(st).where(st.c.url == ref.url).values(**updates))


def snapshot(conn: Connection, kind: str, record_id: int) -> dict[str, Any]:
    """Everything needed to re-create a record exactly (for undoing a delete)."""
    t = _table(kind)
    row = conn.execute(sa.select(t).where(t.c.id == record_id)).first()
    if row is None:
        raise _gone(kind, record_id)
    values = dict(row._mapping)
    values["sources"] = _sources_of(conn, kind, record_id)
    if kind == RecordKind.EVENT:
        at = EventActorRow.__table__
        values["actors"] = list(
            conn.scalars(sa.select(at.c.actor).where(at.c.event_id == record_id))
        )
    if kind == RecordKind.COMMITMENT:
        rt, d = RevisionRow.__table__, DeliveryRow.__table__
        values["revisions"] = [
            dict(r._mapping)
            for r in conn.execute(
                sa.select(rt).where(rt.c.commitment_id == record_id).order_by(rt.c.id)
            )
        ]
        values["relinked_deliveries"] = list(
            conn.scalars(sa.select(d.c.id).where(d.c.commitment_id == record_id))
        )
    return values


def _add(conn: Connection, change: Change) -> Applied:
    t = _table(change.kind)
    values = dict(change.values)
    row = _plain(values)
    row.pop("version", None)
    row.setdefault("created_at", utc_now())
    row["updated_at"] = utc_now()
    row["version"] = 1
    record_id = conn.execute(sa.insert(t).returning(t.c.id), row).scalar_one()
    _set_sources(conn, change.kind, record_id, values.get("sources", []))
    if change.kind == RecordKind.EVENT:
        actors = list(dict.fromkeys(values.get("actors", [])))
        if actors:
            conn.execute(
                sa.insert(EventActorRow.__table__),
                [{"event_id": record_id, "actor": a} for a in actors],
            )
    if change.kind == RecordKind.COMMITMENT:
        rt = RevisionRow.__table__
        revisions = values.get("revisions") or [
            {
                "revised_on": row["announced_on"],
                "doses": row["doses"],
                "status": row["status"],
                "ref": row.get("ref"),
                "notes": "",
            }
        ]
        conn.execute(
            sa.insert(rt),
            [
                {**{k: v for k, v in r.items() if k != "commitment_id"}, "commitment_id": record_id}
                for r in revisions
            ],
        )
        relink = values.get("relinked_deliveries") or []
        if relink:
            d = DeliveryRow.__table__
            conn.execute(sa.update(d).where(d.c.id.in_(relink)).values(commitment_id=record_id))
        refresh_commitment_figure(conn, record_id)
    version = _version(conn, t, record_id)
    write_audit(conn, change.kind, record_id, "add", _plain(values))
    check = {k: row[k] for k in ("donor", "recipient", "doses", "title") if k in row}
    return Applied(
        Change(change.kind, "delete", record_id, expected_values=check),
        change.kind,
        record_id,
        version,
    )


def _check_version(conn: Connection, t: sa.Table, change: Change) -> int:
    """The record's version, after checking it is the one (or holds the values) expected."""
    current: int | None = conn.scalar(sa.select(t.c.version).where(t.c.id == change.record_id))
    if current is not None and change.expected_values:
        cols = [c for c in change.expected_values if c in t.c]
        row = conn.execute(
            sa.select(*[t.c[c] for c in cols]).where(t.c.id == change.record_id)
        ).one()
        changed = [c for c, v in zip(cols, row, strict=True) if change.expected_values[c] != v]
        if changed:
            raise ConflictError(
                f"the {singular(change.kind)} #{change.record_id} was changed by someone else "
                f"({', '.join(changed)}); nothing was undone",
                change.kind,
                change.record_id,
            )
    if current is None:
        raise _gone(change.kind, change.record_id)
    if change.expected_version is not None and current != change.expected_version:
        raise _changed_since(change, current)
    return current


def _edit(conn: Connection, change: Change) -> Applied:
    t = _table(change.kind)
    plain = _plain(change.values)
    if change.expected_values:
        current = _check_version(conn, t, change)
    # One read for the version check and the values the inverse needs (bench B9).
    row = conn.execute(
        sa.select(t.c.version, *[t.c[k] for k in plain]).where(t.c.id == change.record_id)
    ).first()
    if row is None:
        raise _gone(change.kind, change.record_id)
    current = row[0]
    if change.expected_version is not None and current != change.expected_version:
        raise _changed_since(change, current)
    record_id = _target(change)
    old: dict[str, Any] = dict(zip(plain, row[1:], strict=True))
    if "sources" in change.values:
        old["sources"] = _sources_of(conn, change.kind, record_id)
    if "actors" in change.values:
        at = EventActorRow.__table__
        old["actors"] = list(conn.scalars(sa.select(at.c.actor).where(at.c.event_id == record_id)))
    result = conn.execute(
        sa.update(t)
        .where(t.c.id == record_id, t.c.version == current)
        .values(**plain, version=current + 1, updated_at=utc_now())
    )
    if result.rowcount != 1:
        raise ConflictError(
            "the record changed while saving; reload and try again", change.kind, record_id
        )
    if "sources" in change.values:
        _set_sources(conn, change.kind, record_id, change.values["sources"])
    if "actors" in change.values and change.kind == RecordKind.EVENT:
        at = EventActorRow.__table__
        conn.execute(sa.delete(at).where(at.c.event_id == record_id))
        actors = list(dict.fromkeys(change.values["actors"]))
        if actors:
            conn.execute(sa.insert(at), [{"event_id": record_id, "actor": a} for a in actors])
    if change.kind == RecordKind.COMMITMENT and ("doses" in plain or "status" in plain):
        # An in-place correction of the current figure rewrites the latest revision.
        rt = RevisionRow.__table__
        latest = conn.scalar(
            sa.select(rt.c.id)
            .where(rt.c.commitment_id == record_id)
            .order_by(rt.c.revised_on.desc(), rt.c.id.desc())
            .limit(1)
        )
        upd = {k: plain[k] for k in ("doses", "status") if k in plain}
        if latest is not None:
            conn.execute(sa.update(rt).where(rt.c.id == latest).values(**upd))
    write_audit(conn, change.kind, record_id, "edit", {"before": _plain(old), "after": plain})
    return Applied(
        Change(change.kind, "edit", record_id, old, expected_values=plain),
        change.kind,
        record_id,
        current + 1,
    )


def _delete(conn: Connection, change: Change) -> Applied:
    t = _table(change.kind)
    _check_version(conn, t, change)
    record_id = _target(change)
    values = snapshot(conn, change.kind, record_id)
    rs = RecordSourceRow.__table__
    conn.execute(sa.delete(rs).where(rs.c.kind == change.kind, rs.c.record_id == record_id))
    conn.execute(sa.delete(t).where(t.c.id == record_id))
    write_audit(conn, change.kind, record_id, "delete", _plain(values))
    return Applied(Change(change.kind, "add", record_id, values), change.kind, record_id, 0)


def _revise(conn: Connection, change: Change) -> Applied:
    if change.kind != RecordKind.COMMITMENT:
        raise ValidationError("kind", "only commitments can be revised")
    t = _table(RecordKind.COMMITMENT)
    _check_version(conn, t, change)
    record_id = _target(change)
    rt = RevisionRow.__table__
    v = change.values
    first = conn.scalar(sa.select(t.c.announced_on).where(t.c.id == record_id))
    if v["revised_on"] < first:
        raise ValidationError("date", "a revision cannot predate the announcement")
    rid = conn.execute(
        sa.insert(rt).returning(rt.c.id),
        {
            "commitment_id": record_id,
            "ref": v.get("ref"),
            "revised_on": v["revised_on"],
            "doses": v["doses"],
            "status": v["status"],
            "notes": v.get("notes", ""),
        },
    ).scalar_one()
    if v.get("sources"):
        _set_sources(conn, "revisions", rid, v["sources"])
    refresh_commitment_figure(conn, record_id)
    conn.execute(sa.update(t).where(t.c.id == record_id).values(updated_at=utc_now()))
    version = _version(conn, t, record_id)
    write_audit(conn, RecordKind.COMMITMENT, record_id, "revise", v)
    return Applied(
        Change(
            RecordKind.COMMITMENT,
            "unrevise",
            record_id,
            {"revision_id": rid, **v},
            expected_version=None,
        ),
        RecordKind.COMMITMENT,
        record_id,
        version,
    )


def _unrevise(conn: Connection, change: Change) -> Applied:
    t, rt = _table(RecordKind.COMMITMENT), RevisionRow.__table__
    _check_version(conn, t, change)
    record_id = _target(change)
    rid = change.values["revision_id"]
    rs = RecordSourceRow.__table__
    conn.execute(sa.delete(rs).where(rs.c.kind == "revisions", rs.c.record_id == rid))
    conn.execute(sa.delete(rt).where(rt.c.id == rid))
    refresh_commitment_figure(conn, record_id)
    version = _version(conn, t, record_id)
    write_audit(conn, RecordKind.COMMITMENT, record_id, "unrevise", {"revision_id": rid})
    redo = {k: v for k, v in change.values.items() if k != "revision_id"}
    return Applied(
        Change(RecordKind.COMMITMENT, "revise", record_id, redo, expected_version=None),
        RecordKind.COMMITMENT,
        record_id,
        version,
    )


_HANDLERS: dict[str, Callable[[Connection, Change], Applied]] = {
    "add": _add,
    "edit": _edit,
    "delete": _delete,
    "revise": _revise,
    "unrevise": _unrevise,
}


def apply(store: Store, change: Change) -> Applied:
    """Apply ``change`` in one committed transaction and return its inverse."""
    with store.write() as conn:
        return _HANDLERS[change.action](conn, change)


def read_record(store: Store, kind: str, record_id: int) -> dict[str, Any]:
    """Everything about one record, as :func:`snapshot` gives it."""
    with store.read() as conn:
        return snapshot(conn, kind, record_id)
