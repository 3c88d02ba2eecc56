"""Undo and redo of a whole import as one step (Qt-free; the UI wraps it in a command).

While an import writes, in its own transaction, an :class:`ImportRecorder` notes every
row it inserted (as runs of ids: a million new rows cost a few integers), and the
previous values of the rows it changed or removed. The outcome is a :class:`RowChanges`:
applying it puts those rows back in one transaction and returns the inverse (the redo).
Before touching anything it checks that the rows still hold what the step being
reversed left there (values, not version numbers: an edit undone again is no change),
so undoing an import never erases a later edit, someone else's included; that raises
:class:`ConflictError` and changes nothing. Versions are bumped, never restored.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeAlias

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.domain.enums import RecordKind
from tracker.domain.errors import ConflictError
from tracker.store.audit import write_audit
from tracker.store.batch import ImportBatch, ImportResult
from tracker.store.database import Store
from tracker.store.models import Base, utc_now

#: Parents before children (inserts in this order, deletes in reverse).
TABLES = (
    "sources",
    "commitments",
    "commitment_revisions",
    "deliveries",
    "tallies",
    "events",
    "event_actors",
    "series",
    "series_points",
    "record_sources",
)
#: The record kinds; each kind's table is named by its code.
RECORDS = tuple(RecordKind)
VERSIONED = {k for k in RecordKind if k is not RecordKind.SERIES}
VOLATILE = {"created_at", "updated_at", "version"}
#: What the window refreshes after an undo, per table touched.
KIND_OF: dict[str, str] = {
    **{k.value: k for k in RecordKind},
    "commitment_revisions": RecordKind.COMMITMENT,
    "event_actors": RecordKind.EVENT,
    "series_points": RecordKind.SERIES,
    "sources": "sources",
}
#: Undoing an import of more records than this keeps no redo (it would hold them all
#: in memory); the undo itself has no limit.
REDO_LIMIT = 100_000
#: Keys per IN (...) query (SQLite allows 32,766 parameters since 3.32).
_STEP = 2_000
#: (child table, key columns selected, parent table, column naming the parent, extra filter)
CHILDREN = (
    ("commitment_revisions", ("id",), "commitments", "commitment_id", None),
    ("deliveries", ("id",), "commitments", "commitment_id", None),
    ("event_actors", ("event_id", "actor"), "events", "event_id", None),
    ("series_points", ("id",), "series", "series_id", None),
    *(("record_sources", ("id",), k, "record_id", k) for k in RECORDS),
    ("record_sources", ("id",), "commitment_revisions", "record_id", "revisions"),
)


#: A row's key: its id, or (event_actors) the tuple of its key columns.
Key: TypeAlias = Any
Row: TypeAlias = dict[str, Any]


class KeySet(Protocol):
    """What :class:`IdRuns` and a plain set of key tuples have in common."""

    def add(self, key: Key, /) -> None: ...
    def __contains__(self, key: object, /) -> bool: ...
    def __iter__(self) -> Iterator[Key]: ...
    def __len__(self) -> int: ...


class IdRuns:
    """A set of integer ids kept as sorted runs (``[lo, hi]``)."""

    __slots__ = ("starts", "ends")

    def __init__(self, ids: Iterable[int] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for i in sorted(ids):
            self.add(i)

    def add(self, i: int) -> None:
        s, e = self.starts, self.ends
        if s and e[-1] + 1 == i:  # the common case: ids arrive in order
            e[-1] = i
            return
        j = bisect_right(s, i) - 1
        if j >= 0 and i <= e[j]:
            return
        s.insert(j + 1, i)
        e.insert(j + 1, i)
        k = j + 1
        if k + 1 < len(s) and e[k] + 1 == s[k + 1]:  # join the next run
            e[k] = e.pop(k + 1)
            s.pop(k + 1)
        if k > 0 and e[k - 1] + 1 == s[k]:  # join the previous run
            e[k - 1] = e.pop(k)
            s.pop(k)

    def __contains__(self, i: object) -> bool:
        if not isinstance(i, int):
            return False
        j = bisect_right(self.starts, i) - 1
        return j >= 0 and i <= self.ends[j]

    def __len__(self) -> int:
        return sum(e - s + 1 for s, e in zip(self.starts, self.ends, strict=True))

    def __iter__(self) -> Iterator[int]:
        for s, e in zip(self.starts, self.ends, strict=True):
            yield from range(s, e + 1)

    def runs(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)

    def copy(self) -> IdRuns:
        out = IdRuns()
        out.starts, out.ends = list(self.starts), list(self.ends)
        return out


def _table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def _composite(name: str) -> bool:
    return len(_table(name).primary_key.columns) > 1


def _keyset(name: str, keys: Iterable[Key] = ()) -> IdRuns | set[Key]:
    return set(keys) if _composite(name) else IdRuns(keys)


def _key(name: str, row: Mapping[Any, Any]) -> Key:
    cols = [c.name for c in _table(name).primary_key.columns]
    return tuple(row[c] for c in cols) if len(cols) > 1 else row[cols[0]]


def _where_in(col: sa.ColumnElement[Any], ids: IdRuns) -> Iterator[sa.ColumnElement[bool]]:
    """Conditions selecting ``ids``: long runs as ranges, the rest as IN lists."""
    loose: list[int] = []
    for lo, hi in ids.runs():
        if hi - lo >= 32:
            yield col.between(lo, hi)
        else:
            loose.extend(range(lo, hi + 1))
    for i in range(0, len(loose), _STEP):
        yield col.in_(loose[i : i + _STEP])


def _select(
    conn: Connection, q: sa.Select[Any], col: sa.ColumnElement[Any], values: Iterable[Any]
) -> Iterator[sa.Row[Any]]:
    """Rows of ``q`` whose ``col`` is among ``values`` (ids as runs, or any values)."""
    if isinstance(values, IdRuns):
        for cond in _where_in(col, values):
            yield from conn.execute(q.where(cond))
        return
    ordered = sorted(set(values))
    for i in range(0, len(ordered), _STEP):
        yield from conn.execute(q.where(col.in_(ordered[i : i + _STEP])))


def read_rows(conn: Connection, name: str, keys: Iterable[Key]) -> dict[Key, Row]:
    """The full rows of ``name`` with these keys (absent ones are left out)."""
    t = _table(name)
    if not _composite(name):
        ids = keys if isinstance(keys, IdRuns) else IdRuns(keys)
        return {r.id: dict(r._mapping) for r in _select(conn, sa.select(t), t.c.id, ids)}
    wanted = set(keys)
    rows = _select(conn, sa.select(t), t.c.event_id, {k[0] for k in wanted})
    return {k: dict(r._mapping) for r in rows if (k := _key(name, r._mapping)) in wanted}


def digest(conn: Connection, name: str, keys: Iterable[Key]) -> str:
    """A fingerprint of the rows present among these keys (the key is part of each row,
    so a missing row changes it too); timestamps and versions are left out."""
    t = _table(name)
    # Raw column values (no date parsing per cell): a fingerprint only compares.
    cols = [
        sa.type_coerce(c, sa.types.NullType()).label(c.name)
        for c in t.columns
        if c.name not in VOLATILE
    ]
    h = hashlib.blake2b(digest_size=16)
    if not _composite(name):
        ids = keys if isinstance(keys, IdRuns) else IdRuns(keys)
        q = sa.select(*cols).order_by(t.c.id)
        for row in _select(conn, q, t.c.id, ids):
            h.update(repr(tuple(row)).encode())
        return h.hexdigest()
    rows = read_rows(conn, name, keys)
    names = [c.name for c in t.columns if c.name not in VOLATILE]
    for k in sorted(rows):
        h.update(repr(tuple(str(rows[k][n]) for n in names)).encode())
    return h.hexdigest()


def _children(conn: Connection, parents: Mapping[str, IdRuns]) -> Iterator[tuple[str, Key]]:
    """(table, key) of every row belonging to one of ``parents`` (record ids per table)."""
    for child, cols, parent, col, kind in CHILDREN:
        ids = parents.get(parent)
        if not ids or not ids.starts:
            continue
        t = _table(child)
        q = sa.select(*(t.c[c] for c in cols))
        if kind is not None:
            q = q.where(t.c.kind == kind)
        for row in _select(conn, q, t.c[col], ids):
            yield child, (tuple(row) if len(cols) > 1 else row[0])


def scope(conn: Connection, parents: dict[str, IdRuns], urls: set[str]) -> dict[str, KeySet]:
    """The rows belonging to ``parents``, their children, and the sources with ``urls``."""
    keys: dict[str, KeySet] = {name: _keyset(name) for name in TABLES}
    for name, ids in parents.items():
        keys[name] = ids.copy()
    for name, key in _children(conn, parents):
        keys[name].add(key)
    # Revisions' own source links: a second round with the revisions as parents.
    revisions = keys["commitment_revisions"]
    assert isinstance(revisions, IdRuns)  # revisions have ids of their own
    rev = {"commitment_revisions": revisions}
    for name, key in _children(conn, rev):
        keys[name].add(key)
    src = _table("sources")
    for row in _select(conn, sa.select(src.c.id), src.c.url, urls):
        keys["sources"].add(row[0])
    return keys


def _ids_by(conn: Connection, name: str, col: str, values: Iterable[Any]) -> IdRuns:
    t = _table(name)
    return IdRuns(r[0] for r in _select(conn, sa.select(t.c.id), t.c[col], values))


def batch_parents(conn: Connection, batch: ImportBatch) -> tuple[dict[str, IdRuns], set[str]]:
    """Existing records an import of ``batch`` may change, and the source URLs it names."""
    refs = {c.ref for c in batch.commitments if c.ref} | {r for r, _ in batch.revisions}
    parents: dict[str, IdRuns] = {
        RecordKind.COMMITMENT: _ids_by(conn, RecordKind.COMMITMENT, "ref", refs),
        RecordKind.DELIVERY: _ids_by(
            conn, RecordKind.DELIVERY, "ref", (d.ref for d in batch.deliveries if d.ref)
        ),
        RecordKind.TALLY: _ids_by(
            conn, RecordKind.TALLY, "ref", (t.ref for t in batch.tallies if t.ref)
        ),
        RecordKind.EVENT: _ids_by(
            conn, RecordKind.EVENT, "ref", (e.ref for e in batch.events if e.ref)
        ),
        RecordKind.SERIES: _ids_by(conn, RecordKind.SERIES, "code", (s.code for s in batch.series)),
    }
    plain = {(e.start_on, e.title) for e in batch.events if not e.ref}
    if plain:  # an event matched by date and title gets the file's actors
        ev = _table(RecordKind.EVENT)
        q = sa.select(ev.c.id, ev.c.start_on, ev.c.title)
        for eid, day, title in _select(conn, q, ev.c.start_on, {d for d, _ in plain}):
            if (day, title) in plain:
                parents[RecordKind.EVENT].add(eid)
    records = [*batch.commitments, *batch.deliveries, *batch.tallies, *batch.events, *batch.series]
    records += [r for c in batch.commitments for r in c.revisions] + [r for _, r in batch.revisions]
    urls = {s.url for r in records for s in r.sources if s.url}
    return parents, urls


def _plain(row: Row | None) -> tuple[tuple[str, Any], ...] | None:
    if row is None:
        return None
    return tuple((k, row[k]) for k in sorted(row) if k not in VOLATILE)


@dataclass
class RowChanges:
    """Rows to write back (``put``, full rows) and rows to remove (``delete``: runs of
    ids, or key tuples), with ``expect``: the fingerprint, per table, of what the rows
    must still hold before this is applied."""

    put: dict[str, list[Row]] = field(default_factory=dict)
    delete: dict[str, IdRuns | set[Key]] = field(default_factory=dict)
    expect: dict[str, str] = field(default_factory=dict)
    kinds: tuple[str, ...] = ()
    records: int = 0

    def keys(self, name: str) -> IdRuns | set[Key]:
        gone = self.delete.get(name)
        keys: IdRuns | set[Key] = (
            (gone.copy() if isinstance(gone, IdRuns) else set(gone)) if gone else _keyset(name)
        )
        for row in self.put.get(name, []):
            keys.add(_key(name, row))
        return keys

    def _describe(self) -> None:
        names = {n for n in TABLES if self.put.get(n) or self.delete.get(n)}
        self.kinds = tuple(sorted({KIND_OF[n] for n in names if n in KIND_OF}))
        self.records = sum(len(self.put.get(n, [])) + len(self.delete.get(n, ())) for n in RECORDS)


class ImportRecorder:
    """Notes what an import's ``write_batch`` calls change, chunk by chunk, on one
    connection inside the import's transaction."""

    def __init__(self) -> None:
        self.changed: dict[str, dict[Key, Row | None]] = {name: {} for name in TABLES}
        self.inserted = {name: _keyset(name) for name in TABLES}
        self._highest: dict[str, int] | None = None
        self._pending: (
            tuple[dict[str, IdRuns], set[str], dict[str, KeySet], dict[str, list[Key]], set[str]]
            | None
        ) = None

    def before_write(self, conn: Connection, batch: ImportBatch) -> None:
        if self._highest is None:  # only rows above these ids can be the import's own
            self._highest = {
                n: conn.scalar(sa.select(sa.func.max(_table(n).c.id))) or 0
                for n in TABLES
                if not _composite(n)
            }
        parents, urls = batch_parents(conn, batch)
        keys = scope(conn, parents, urls)
        fresh: dict[str, list[Key]] = {}
        for name, ks in keys.items():
            changed, inserted = self.changed[name], self.inserted[name]
            fresh[name] = [k for k in ks if k not in changed and k not in inserted]
            rows = read_rows(conn, name, fresh[name])
            for k in fresh[name]:
                changed[k] = rows.get(k)
        self._pending = (parents, urls, keys, fresh, {s.code for s in batch.series})

    def after_write(self, conn: Connection, result: ImportResult) -> None:
        assert self._pending is not None and self._highest is not None, "before_write first"
        parents, urls, old, fresh, codes = self._pending
        self._pending = None
        for kind, ids in result.inserted_ids.items():
            if kind in parents:
                for i in sorted(ids):
                    parents[kind].add(i)
        for i in _ids_by(conn, RecordKind.SERIES, "code", codes):
            parents[RecordKind.SERIES].add(i)
        keys = scope(conn, parents, urls)
        for name in TABLES:
            changed, inserted, before = self.changed[name], self.inserted[name], old[name]
            highest = self._highest.get(name)
            for k in keys[name]:
                if k not in before and k not in changed and (highest is None or k > highest):
                    inserted.add(k)  # new since before_write
            rows = read_rows(conn, name, [k for k in fresh[name] if changed[k] is not None])
            for k in fresh[name]:
                if _plain(changed[k]) == _plain(rows.get(k)):
                    del changed[k]  # unchanged (or neither there before nor now)

    def finish(self, conn: Connection) -> RowChanges:
        changes = RowChanges()
        for name in TABLES:
            put = [row for row in self.changed[name].values() if row is not None]
            if put:
                changes.put[name] = put
            if len(self.inserted[name]):
                changes.delete[name] = self.inserted[name]
            keys = changes.keys(name)
            if len(keys):
                changes.expect[name] = digest(conn, name, keys)
        changes._describe()
        return changes


def _check(conn: Connection, changes: RowChanges) -> None:
    for name in TABLES:
        keys = changes.keys(name)
        if len(keys) and digest(conn, name, keys) != changes.expect.get(name):
            raise ConflictError(
                f"some {KIND_OF.get(name, name)} written by this step were changed or removed "
                "since; undoing it would lose those changes, so nothing was changed",
                KIND_OF.get(name, name),
            )
    # Deleting a record must not take along a child someone attached to it later.
    parents: dict[str, IdRuns] = {
        n: g for n in RECORDS if isinstance(g := changes.delete.get(n), IdRuns)
    }
    revisions = changes.delete.get("commitment_revisions")
    if isinstance(revisions, IdRuns):
        parents["commitment_revisions"] = revisions
    known = {name: changes.keys(name) for name in TABLES}
    for name, key in _children(conn, parents):
        if key not in known[name]:
            raise ConflictError(
                f"{name.replace('_', ' ')} were added since to records this step would "
                "remove; nothing was changed",
                KIND_OF.get(name, name),
            )


def _write(conn: Connection, changes: RowChanges) -> None:
    now = utc_now()
    rs = _table("record_sources")
    for name in reversed(TABLES):
        t, gone = _table(name), changes.delete.get(name)
        if not gone:
            continue
        if isinstance(gone, IdRuns):
            for cond in _where_in(t.c.id, gone):
                q = sa.delete(t).where(cond)
                if name == "sources":  # still cited by a record outside this step: keep
                    q = q.where(~sa.exists().where(rs.c.source_id == t.c.id))
                conn.execute(q)
        else:
            for event_id, actor in gone:
                conn.execute(sa.delete(t).where(t.c.event_id == event_id, t.c.actor == actor))
    for name in TABLES:
        rows = changes.put.get(name, [])
        if not rows:
            continue
        t = _table(name)
        cols = [c.name for c in t.primary_key.columns]
        current = read_rows(conn, name, [_key(name, r) for r in rows])
        inserts: list[Row] = []
        for r in rows:
            key, row = _key(name, r), dict(r)
            if name in VERSIONED:
                row["version"] = (current[key] if key in current else r)["version"] + 1
                row["updated_at"] = now
            if key not in current:
                inserts.append(row)
                continue
            values = {c: v for c, v in row.items() if c not in cols}
            if values:
                conn.execute(sa.update(t).where(*(t.c[c] == row[c] for c in cols)).values(**values))
        if inserts:
            conn.execute(sa.insert(t), inserts)


def apply_changes(
    conn: Connection, changes: RowChanges, action: str = "undo-import"
) -> RowChanges | None:
    """Check, then apply ``changes`` on an open write transaction; return the inverse
    (``None`` when it would be too large to keep in memory)."""
    _check(conn, changes)
    keep = sum(len(changes.delete.get(n, ())) for n in RECORDS) <= REDO_LIMIT
    inverse = RowChanges()
    if keep:
        for name in TABLES:
            keys = changes.keys(name)
            if not len(keys):
                continue
            now = read_rows(conn, name, keys)
            inverse.put[name] = list(now.values())
            absent = [k for k in keys if k not in now]
            if absent:
                inverse.delete[name] = _keyset(name, absent)
    _write(conn, changes)
    if keep:
        for name in TABLES:
            keys = changes.keys(name)
            if len(keys):
                inverse.expect[name] = digest(conn, name, keys)
        inverse._describe()
    for kind in changes.kinds:
        write_audit(conn, kind, None, action, {"rows": changes.records})
    return inverse if keep else None


def undo_import(
    store: Store, changes: RowChanges, action: str = "undo-import"
) -> RowChanges | None:
    """Apply ``changes`` (an import's undo, or its redo) in one transaction."""
    with store.write() as conn:
        return apply_changes(conn, changes, action)
