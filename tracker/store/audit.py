"""The audit trail: who changed which record, when, and what changed.

:func:`write_audit` is its one writer. The repository writes one ``audit_log`` row per
single-record change (``add``, ``edit`` with ``before``/``after`` values, ``delete``,
``revise``, ``unrevise``); imports and their undo write one row per kind and batch (no
record id). Times are stored in UTC.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import getpass
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.store.database import Store
from tracker.store.models import EDITABLE, AuditRow, utc_now

#: Import rows carry no record id; one whose time is this close to a record's creation
#: is taken as the import that created it.
_IMPORT_WINDOW = dt.timedelta(minutes=10)
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")
_HIDDEN = {"id", "version", "created_at", "updated_at"}


def current_user() -> str:
    """The name written to the audit trail: ``TRACKER_USER`` or the OS user."""
    return os.environ.get("TRACKER_USER") or _os_user()


@functools.cache
def _os_user() -> str:
    """Looked up once: a password-database read on every saved edit showed in bench B9."""
    try:
        return getpass.getuser()
    except OSError:  # no passwd entry (containers)
        return "unknown"


def to_json(values: Mapping[str, object]) -> str:
    """``values`` as JSON; dates and times as ISO text, anything else as its ``str``."""
    return json.dumps(
        values, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v)
    )


def write_audit(
    conn: Connection,
    kind: str,
    record_id: int | None,
    action: str,
    detail: Mapping[str, Any],
) -> None:
    """Add one row to the audit trail, by the current user, stamped now (UTC)."""
    conn.execute(
        sa.insert(AuditRow.__table__),
        {
            "user": current_user(),
            "kind": kind,
            "record_id": record_id,
            "action": action,
            "detail": to_json(detail),
            "at": utc_now(),
        },
    )


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class AuditEntry:
    """One line of the trail. ``id`` 0 marks an entry inferred from an import batch."""

    id: int
    at: dt.datetime  # UTC, naive
    user: str
    kind: str
    record_id: int | None
    action: str
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def at_local(self) -> dt.datetime:
        return self.at.replace(tzinfo=dt.UTC).astimezone()

    @property
    def changes(self) -> list[FieldChange]:
        """Field by field: before → after (``None`` where a side does not apply)."""
        d = self.detail
        if self.action == "edit" and "after" in d:
            before = d.get("before") or {}
            return [
                FieldChange(k, before.get(k), v)
                for k, v in d["after"].items()
                if k not in _HIDDEN and before.get(k) != v
            ]
        if self.action in ("add", "revise"):
            return [FieldChange(k, None, v) for k, v in d.items() if k not in _HIDDEN]
        if self.action == "delete":
            return [FieldChange(k, v, None) for k, v in d.items() if k not in _HIDDEN]
        return [FieldChange(k, None, v) for k, v in d.items()]

    def summary(self) -> str:
        """``doses: 1000 → 2000; notes: '' → 'late'`` (edits) or the values (others)."""
        parts = []
        for c in self.changes:
            if self.action == "edit":
                parts.append(f"{c.field}: {_text(c.before)} → {_text(c.after)}")
            else:
                parts.append(f"{c.field}: {_text(c.after if c.after is not None else c.before)}")
        return "; ".join(parts)


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return (
            ", ".join(str(v.get("url", v)) if isinstance(v, dict) else str(v) for v in value) or "—"
        )
    return str(value)


def _entry(row: sa.Row[Any]) -> AuditEntry:
    try:
        detail = json.loads(row.detail) if row.detail else {}
    except ValueError:
        detail = {"text": row.detail}
    if not isinstance(detail, dict):
        detail = {"value": detail}
    return AuditEntry(row.id, row.at, row.user, row.kind, row.record_id, row.action, detail)


def audit_log(
    store: Store,
    kind: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> list[AuditEntry]:
    """Every entry (of ``kind``, between ``since`` and ``until`` in UTC), oldest first."""
    t = AuditRow.__table__
    q = sa.select(t).order_by(t.c.at, t.c.id)
    if kind:
        q = q.where(t.c.kind == kind)
    if since:
        q = q.where(t.c.at >= since)
    if until:
        q = q.where(t.c.at <= until)
    with store.read() as conn:
        return [_entry(r) for r in conn.execute(q)]


def _creating_import(conn: sa.Connection, kind: str, record_id: int) -> AuditEntry | None:
    table = EDITABLE[kind].__table__
    created = conn.scalar(sa.select(table.c.created_at).where(table.c.id == record_id))
    if created is None:
        return None
    t = AuditRow.__table__
    row = conn.execute(
        sa.select(t)
        .where(
            t.c.kind == kind,
            t.c.record_id.is_(None),
            t.c.action == "import",
            t.c.at >= created - dt.timedelta(seconds=2),
            t.c.at <= created + _IMPORT_WINDOW,
        )
        .order_by(t.c.at, t.c.id)
        .limit(1)
    ).first()
    if row is None:
        return AuditEntry(0, created, "", kind, record_id, "created", {})
    found = _entry(row)
    return AuditEntry(0, created, found.user, kind, record_id, "import", found.detail)


def record_history(store: Store, kind: str, record_id: int) -> list[AuditEntry]:
    """What happened to one record, oldest first.

    A record that came in with an import or the bundled data has no ``add`` entry of
    its own; its first entry is then inferred from its creation time and the import
    batch written at that time (``id`` 0).
    """
    t = AuditRow.__table__
    with store.read() as conn:
        entries = [
            _entry(r)
            for r in conn.execute(
                sa.select(t)
                .where(t.c.kind == kind, t.c.record_id == record_id)
                .order_by(t.c.at, t.c.id)
            )
        ]
        if (not entries or entries[0].action != "add") and kind in EDITABLE:
            first = _creating_import(conn, kind, record_id)
            if first is not None:
                entries.insert(0, first)
    return entries


def last_change(store: Store, kind: str, record_id: int) -> AuditEntry | None:
    """The newest entry for a record (who touched it last), if any."""
    t = AuditRow.__table__
    with store.read() as conn:
        row = conn.execute(
            sa.select(t)
            .where(t.c.kind == kind, t.c.record_id == record_id)
            .order_by(t.c.at.desc(), t.c.id.desc())
            .limit(1)
        ).first()
    return _entry(row) if row is not None else None


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    text = _text(value) if isinstance(value, list) else str(value)
    if text.startswith(_DANGEROUS):
        return "'" + text  # a spreadsheet must not run it as a formula (OWASP)
    return text


def _refs(conn: sa.Connection) -> dict[tuple[str, int], str]:
    out = {}
    for kind, model in EDITABLE.items():
        t = model.__table__
        for rid, ref in conn.execute(sa.select(t.c.id, t.c.ref).where(t.c.ref.is_not(None))):
            out[(kind, rid)] = ref
    return out


EXPORT_COLUMNS = (
    "at_utc",
    "user",
    "kind",
    "record_id",
    "record_ref",
    "action",
    "field",
    "before",
    "after",
)


def export_audit_csv(store: Store, out: Path, kind: str | None = None, bom: bool = True) -> int:
    """Write the trail as CSV, one row per changed field; returns the number of rows.

    UTF-8 with a BOM (Excel shows "México"), text that a spreadsheet would run as a
    formula neutralised. Import batches are one row with the number of rows imported.
    """
    entries = audit_log(store, kind)
    with store.read() as conn:
        refs = _refs(conn)
    n = 0
    with out.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_COLUMNS)
        for e in entries:
            head = [
                e.at.isoformat(timespec="seconds") + "Z",
                _cell(e.user),
                e.kind,
                e.record_id if e.record_id is not None else "",
                _cell(refs.get((e.kind, e.record_id), "")) if e.record_id else "",
                e.action,
            ]
            changes = e.changes or [FieldChange("", None, None)]
            for c in changes:
                writer.writerow([*head, c.field, _cell(c.before), _cell(c.after)])
                n += 1
    return n
