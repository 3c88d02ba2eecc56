"""Bulk writes: an import (or the bundled seed) in one transaction, with Core inserts.

Duplicates are recognised by ``ref`` (the file's id column) when present, otherwise by
the natural key (donor, recipient, vaccine, date, doses). A row whose ref matches but
whose fields differ is updated; an identical row is left alone. New rows go in with a
plain executemany (no per-row RETURNING; see :func:`_insert_new` for how their ids are
known), stamped once per batch.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import compress, repeat

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.domain.enums import Channel, Confidence, DealType, DeliveryStatus
from tracker.domain.errors import DatabaseError
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
    return os.environ.get("TRACKER_USER") or _os_user()


@functools.cache
def _os_user() -> str:
    """Looked up once: a password-database read on every saved edit showed in bench B9."""
    try:
        return getpass.getuser()
    except OSError:  # no passwd entry (containers)
        return "unknown"


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

    def __init__(self, columns: dict[str, list]) -> None:
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
            Confidence(c["confidence"][i]),
            c["notes"][i],
            c["ref"][i],
            c["commitment_ref"][i],
            list(c["sources"][i]),
        )

    def __getitem__(self, i):  # noqa: ANN001, ANN204 - Sequence protocol
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


_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)")


def _host(url: str) -> str:
    """The site a URL is on, shown as the publisher until someone types a better one."""
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _hosts(urls: list[str]) -> list[str]:
    """:func:`_host` of many URLs: one regular expression per URL, with ``urlsplit`` only
    for the odd ones it does not settle (IPv6, upper case, no scheme)."""
    match = _HOST.match
    out = []
    for url in urls:
        m = match(url)
        host = m.group(1) if m is not None else ""
        if not host or host[0] == "[" or not host.islower():
            out.append(_host(url))
        else:
            out.append(host.removeprefix("www."))
    return out


def _source_ids(conn: Connection, refs: list[SourceRef]) -> dict[str, int]:
    """Ids of the sources ``refs`` cite, adding those the database does not have.

    New sources are inserted in bulk (in the order they are first cited, so their ids
    follow the file) and their ids read back by URL in one query: an INSERT ... RETURNING
    runs one statement per row on SQLite (DESIGN, December 2026). On SQLite every cited
    URL is offered with ``INSERT OR IGNORE`` (a stored one keeps its row untouched) and
    only the URLs that were not added are looked up: a file citing new sources (an
    export of another database) needs no lookup at all.
    """
    t = SourceRow.__table__
    first: dict[str, SourceRef] = {}
    for s in refs:
        if s.url and s.url not in first:
            first[s.url] = s
    if not first:
        return {}
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        known: dict[str, int] = {}
        missing = first
    else:
        known = _ids_by_url(conn, list(first))
        missing = {u: s for u, s in first.items() if u not in known}
        if not missing:
            return known
    new = list(missing.values())
    before = conn.scalar(sa.select(sa.func.coalesce(sa.func.max(t.c.id), 0)))
    names = ("url", "title", "publisher", "published_on", "accessed_on")
    new_urls = list(missing)
    hosts = _hosts(new_urls)
    columns = [
        new_urls,
        [s.title for s in new],
        [s.publisher or h for s, h in zip(new, hosts, strict=True)],
        [s.published_on for s in new],
        [s.accessed_on for s in new],
    ]
    if sqlite:
        columns = [_bind_column(conn, t.c[n], col) for n, col in zip(names, columns, strict=True)]
    _insert_columns(conn, t, names, columns, or_ignore=sqlite)
    # Every source added since ``before`` is ours (imports are serialised) or, if another
    # writer added one meanwhile, is looked up by its URL all the same.
    added = dict(_tuples(conn, sa.select(t.c.url, t.c.id).where(t.c.id > before)))
    known.update({u: added[u] for u in new_urls if u in added})
    lost = [u for u in new_urls if u not in known]
    if lost:  # stored before (SQLite), or a writer that reused lower ids
        known.update(_ids_by_url(conn, lost))
    if sqlite and any(u not in known for u in lost):
        # Neither added nor stored: OR IGNORE skipped a row for another constraint (a
        # NULL title...). Inserted plainly, it raises the database's own error.
        rows = [i for i, u in enumerate(new_urls) if u not in known]
        _insert_columns(conn, t, names, [[col[i] for i in rows] for col in columns])
    return known


_KEYS_CACHE = "tracker_natural_keys"


def _keys_of_stored(conn: Connection, table: sa.Table, key_cols: tuple[str, ...]) -> dict:
    """Natural key -> id of every stored record of ``table``.

    A file arrives in chunks written in one transaction: the keys read for one chunk are
    kept (on the connection, for this transaction only) and the next chunk reads just the
    records added since, instead of the whole table again (quadratic at a million rows).
    """
    # The transaction object itself is kept (not its id, which a later one could reuse):
    # keys read in a transaction that was rolled back must never be believed.
    txn = conn.get_transaction()
    tag = (table.name, key_cols)
    cached = conn.info.get(_KEYS_CACHE)
    if txn is None or cached is None or cached[0] is not txn or cached[1] != tag:
        cached = (txn, tag, [0], {})
        conn.info[_KEYS_CACHE] = cached
    _txn, _tag, last, keys = cached
    q = sa.select(table.c.id, *[table.c[c] for c in key_cols]).where(table.c.id > last[0])
    ids_col, *key_columns = _processed_columns(conn, q)
    if ids_col:
        keys.update(zip(zip(*key_columns, strict=True), ids_col, strict=True))
        last[0] = max(last[0], max(ids_col))
    return keys


def _processed_columns(conn: Connection, q: sa.Select) -> list[list]:
    """The result of ``q`` as one list per selected column, values converted by each
    column's type (dates from text on SQLite), without a Row object per record."""
    result = conn.execute(q)
    try:
        rows = result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()
    if not rows:
        return [[] for _ in q.selected_columns]
    out = []
    dialect = conn.dialect
    for col, values in zip(q.selected_columns, zip(*rows, strict=True), strict=True):
        process = col.type.dialect_impl(dialect).result_processor(dialect, None)
        out.append(list(map(process, values)) if process else list(values))
    return out


def _tuples(conn: Connection, q: sa.Select) -> list[tuple]:
    """The rows of a query of plain columns as DB-API tuples (no Row per record)."""
    result = conn.execute(q)
    try:
        return result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()


def _ids_by_url(conn: Connection, urls: list[str]) -> dict[str, int]:
    """Ids of the stored sources among ``urls``."""
    t = SourceRow.__table__
    if not urls:
        return {}
    if conn.scalar(sa.select(sa.func.count()).select_from(t)) == 0:
        return {}
    known: dict[str, int] = {}
    if conn.dialect.name == "sqlite":  # many lookups: skip rendering each IN list
        table = conn.dialect.identifier_preparer.format_table(t)
        cursor = conn.connection.cursor()
        try:
            for i in range(0, len(urls), 2_000):
                chunk = urls[i : i + 2_000]
                sql = f"SELECT url, id FROM {table} WHERE url IN ({', '.join('?' * len(chunk))})"
                known.update(cursor.execute(sql, chunk))
        finally:
            cursor.close()
        return known
    for i in range(0, len(urls), 500):
        known.update(
            _tuples(conn, sa.select(t.c.url, t.c.id).where(t.c.url.in_(urls[i : i + 500])))
        )
    return known


def _link_sources(conn: Connection, kind: str, pairs: list[tuple[int, list[SourceRef]]]) -> None:
    _link_many(conn, kind, [i for i, _ in pairs], [sources for _, sources in pairs])


def _link_many(
    conn: Connection, kind: str, ids: Sequence[int], sources: Sequence[list[SourceRef]]
) -> None:
    """Link record ``ids[i]`` to ``sources[i]`` (lists may be shared between records)."""
    # Distinct lists in order of first use, so new sources get ids in file order.
    which, keys = pd.factorize(np.fromiter(map(id, sources), np.int64, len(sources)))
    groups = {id(s): s for s in sources}
    lists = [groups[k] for k in keys.tolist()]
    if all(len(g) == 1 for g in lists):  # the common case: one source a record
        refs = [g[0] for g in lists]
        urls = _source_ids(conn, refs)
        sid = np.array([urls.get(r.url, -1) for r in refs], dtype=np.int64)[which]
        if (sid < 0).any():  # a source without a URL: not linked
            keep = sid >= 0
            ids = list(compress(ids, keep.tolist()))
            sid = sid[keep]
        if not len(sid):
            return
        columns = [[kind] * len(ids), list(ids), sid.tolist(), [0] * len(ids)]
    else:
        refs = [ref for g in lists for ref in g]
        if not refs:
            return
        urls = _source_ids(conn, refs)
        links: list[tuple[tuple[int, int], ...]] = []
        for g in lists:
            seen: dict[int, int] = {}
            for pos, ref in enumerate(g):
                sid = urls.get(ref.url)
                if sid is not None and sid not in seen:
                    seen[sid] = pos
            links.append(tuple(seen.items()))
        rows = [
            (kind, record_id, sid, pos)
            for record_id, w in zip(ids, which.tolist(), strict=True)
            for sid, pos in links[w]
        ]
        if not rows:
            return
        columns = [list(col) for col in zip(*rows, strict=True)]
    names = ("kind", "record_id", "source_id", "position")
    _before_bulk_insert(conn, RecordSourceRow.__table__, len(ids))
    _insert_columns(conn, RecordSourceRow.__table__, names, columns)


#: Rows per executemany call when inserting many rows.
_INSERT_STEP = 50_000

# -- bulk loads on SQLite ----------------------------------------------------------------
_BULK = "tracker_bulk_load"
#: Page cache of a bulk load, in KiB (SQLite's default is 2 MiB: at a million rows the
#: indexes no longer fit and every insert reads pages back from the file).
BULK_CACHE_KIB = 64 * 1024


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Write many rows on ``conn`` (an open write transaction) faster, on SQLite.

    A larger page cache for the duration, and a table about to receive at least as many
    new rows as it holds has its plain secondary indexes dropped before the first insert
    and built again (sorted, in one pass) when the block ends, inside the same
    transaction: a failure or rollback leaves the schema as it was. Unique constraints
    (and so duplicate checks) and foreign keys stay in force throughout.
    """
    if conn.dialect.name != "sqlite" or _BULK in conn.info:
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    conn.info[_BULK] = {"seen": set(), "dropped": []}
    try:
        yield
        for sql in conn.info[_BULK]["dropped"]:
            conn.exec_driver_sql(sql)
    finally:
        conn.info.pop(_BULK, None)
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
        except sa.exc.DBAPIError:  # the connection is going away with the error anyway
            pass


def _before_bulk_insert(conn: Connection, table: sa.Table, n: int) -> None:
    """Inside :func:`bulk_load`, defer ``table``'s secondary indexes if ``n`` new rows
    would at least double it (decided once per table and load)."""
    state = conn.info.get(_BULK)
    if state is None or table.name in state["seen"]:
        return
    state["seen"].add(table.name)
    q = conn.dialect.identifier_preparer
    if n < (conn.exec_driver_sql(f"SELECT count(*) FROM {q.format_table(table)}").scalar() or 0):
        return
    plain = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",  # NULL: a UNIQUE or PRIMARY KEY constraint's own index
        (table.name,),
    ).all()
    for name, sql in plain:
        conn.exec_driver_sql(f"DROP INDEX {q.quote(name)}")
        state["dropped"].append(sql)


def _bind_column(conn: Connection, column: sa.Column, values: list) -> list:
    """``values`` as SQLAlchemy would hand them to the driver (once per distinct value)."""
    proc = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    if proc is None or not values:
        return values
    if values.count(values[0]) == len(values):  # one value throughout (a C-speed check)
        return [proc(values[0])] * len(values)
    cells = np.empty(len(values), dtype=object)
    cells[:] = values
    codes, uniques = pd.factorize(cells)  # None -> -1
    bound = np.empty(len(uniques) + 1, dtype=object)
    bound[:-1] = [proc(v) for v in uniques.tolist()]
    bound[-1] = None
    return bound[codes].tolist()


def _sql_literal(value: object) -> str | None:
    """``value`` as an SQLite literal, or None when it is better bound as a parameter."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and len(value) <= 200 and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _insert_columns(
    conn: Connection,
    table: sa.Table,
    names: Sequence[str],
    columns: Sequence[list],
    or_ignore: bool = False,
) -> None:
    """Insert rows given as equally long columns (in ``names`` order, already bound on
    SQLite: see :func:`_bind_column`) with a plain executemany, no RETURNING.

    On SQLite a column holding one value throughout (the version, the timestamps, an
    absent optional field, the one source of a whole file) is written into the statement
    as a literal, so the driver binds only the columns that vary: at a million rows
    binding every cell of a sixteen-column row took longer than SQLite's own work.
    ``or_ignore`` (SQLite only): rows that break a unique constraint are skipped.
    """
    n = len(columns[0]) if columns else 0
    if not n:
        return
    if conn.dialect.name != "sqlite":
        step: list[dict] = []
        for row in zip(*columns, strict=True):
            step.append(dict(zip(names, row, strict=True)))
            if len(step) >= _INSERT_STEP:
                conn.execute(sa.insert(table), step)
                step = []
        if step:
            conn.execute(sa.insert(table), step)
        return
    q = conn.dialect.identifier_preparer
    slots, varying = [], []
    for col in (c if isinstance(c, list) else list(c) for c in columns):
        literal = _sql_literal(col[0]) if col.count(col[0]) == n else None
        slots.append("?" if literal is None else literal)
        if literal is None:
            varying.append(col)
    sql = (
        f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {q.format_table(table)} "
        f"({', '.join(q.quote(n) for n in names)}) "
        f"VALUES ({', '.join(slots)})"
    )
    rows = zip(*varying, strict=True) if varying else repeat((), n)
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def _cite_new(
    conn: Connection, table: sa.Table, kind: str, record_id: int, sources: list[SourceRef]
) -> bool:
    """Add the ``sources`` record ``record_id`` does not cite yet, after its own; whether
    any was added (then the record's version moves on, as for any change)."""
    rs, st = RecordSourceRow.__table__, SourceRow.__table__
    cited = conn.execute(
        sa.select(st.c.url, rs.c.position)
        .join(st, st.c.id == rs.c.source_id)
        .where(rs.c.kind == kind, rs.c.record_id == record_id)
    ).all()
    have = {url for url, _ in cited}
    new = [s for s in sources if s.url and s.url not in have]
    new = list({s.url: s for s in new}.values())
    if not new:
        return False
    ids = _source_ids(conn, new)
    start = max((p for _, p in cited), default=-1) + 1
    conn.execute(
        sa.insert(rs),
        [
            {"kind": kind, "record_id": record_id, "source_id": ids[s.url], "position": start + n}
            for n, s in enumerate(new)
        ],
    )
    conn.execute(
        sa.update(table)
        .where(table.c.id == record_id)
        .values(version=table.c.version + 1, updated_at=_now())
    )
    return True


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
def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _existing_refs(conn: Connection, table: sa.Table, refs: list[str]) -> list[str]:
    """Those of ``refs`` already in ``table``."""
    if not refs or conn.execute(sa.select(table.c.id).limit(1)).first() is None:
        return []
    found: list[str] = []
    step = 2_000
    if conn.dialect.name == "sqlite":  # many lookups: skip rendering each IN list
        q = conn.dialect.identifier_preparer
        cursor = conn.connection.cursor()
        try:
            for i in range(0, len(refs), step):
                chunk = refs[i : i + step]
                sql = (
                    f"SELECT ref FROM {q.format_table(table)} "
                    f"WHERE ref IN ({', '.join('?' * len(chunk))})"
                )
                found.extend(r[0] for r in cursor.execute(sql, chunk))
        finally:
            cursor.close()
        return found
    q = sa.select(table.c.ref).where(table.c.ref.in_(sa.bindparam("refs", expanding=True)))
    for i in range(0, len(refs), step):
        found.extend(conn.scalars(q, {"refs": refs[i : i + step]}))
    return found


def _insert_new(
    conn: Connection, table: sa.Table, columns: dict[str, list], rows: Sequence[int]
) -> list[int]:
    """Insert rows ``rows`` of ``columns`` (version 1, stamped now); return their ids in order.

    SQLite: a plain executemany; the write transaction holds the database's write lock
    (``BEGIN IMMEDIATE``), so the new rows take the ids after the largest one, in order
    (checked afterwards). Other databases: INSERT ... RETURNING, batched by SQLAlchemy
    (insertmanyvalues) and sorted by parameter order, so concurrent writers sharing a
    sequence cannot mix up the ids.
    """
    now = _now()
    names = [*columns, "version", "created_at", "updated_at"]
    everything = len(rows) == len(columns["ref"])
    values = [v if everything else [v[i] for i in rows] for v in columns.values()]
    if "ref" in columns:
        at = list(columns).index("ref")
        values[at] = [r or None for r in values[at]]
    n = len(rows)
    extra = ([1] * n, [now] * n, [now] * n)
    if conn.dialect.name == "sqlite":
        t = table.c.id
        before = conn.scalar(sa.select(sa.func.max(t))) or 0
        if before + n < 2**62:
            _before_bulk_insert(conn, table, n)
            everything_ = zip(names, [*values, *extra], strict=True)
            bound = [_bind_column(conn, table.c[c], v) for c, v in everything_]
            _insert_columns(conn, table, names, bound)
            count, top = conn.execute(
                sa.select(sa.func.count(), sa.func.max(t)).where(t > before)
            ).one()
            if count != n:
                raise DatabaseError(f"{table.name}: {count} new rows for {n}; nothing written")
            if top == before + n:  # the usual case: max(id) + 1, + 2, ...
                return list(range(before + 1, before + n + 1))
            # Ids grow in insertion order in any case (the write lock is ours).
            return list(conn.scalars(sa.select(t).where(t > before).order_by(t)))
    params = [dict(zip(names, row, strict=True)) for row in zip(*values, *extra, strict=True)]
    ids: list[int] = []
    q = sa.insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for i in range(0, len(params), _INSERT_STEP):
        ids.extend(r[0] for r in conn.execute(q, params[i : i + _INSERT_STEP]))
    return ids


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
    if not rows:
        return []
    columns = {c: [r[c] for r in rows] for c in rows[0]}
    return _upsert_columns(conn, table, kind, columns, sources, key_cols, result)


def _upsert_columns(
    conn: Connection,
    table: sa.Table,
    kind: str,
    columns: dict[str, list],
    sources: Sequence[list[SourceRef]],
    key_cols: tuple[str, ...],
    result: ImportResult,
) -> list[int]:
    """:func:`_upsert` for rows given as columns (``columns["ref"]`` may hold ``""``/None)."""
    refs = columns["ref"]
    n = len(refs)
    if not n:
        return []
    compare_cols = [c for c in columns if c != "ref"]
    existing_by_ref: dict[str, dict] = {}
    existing_by_key: dict[tuple, int] = {}
    wanted = _existing_refs(conn, table, [r for r in refs if r])
    cols = [table.c.id, table.c.ref, table.c.version, *[table.c[c] for c in compare_cols]]
    q = sa.select(*cols).where(table.c.ref.in_(sa.bindparam("refs", expanding=True)))
    for i in range(0, len(wanted), 2_000):
        for row in conn.execute(q, {"refs": wanted[i : i + 2_000]}):
            existing_by_ref[row.ref] = dict(row._mapping)
    exported = {
        int(r[3:]): r
        for r in refs
        if r and r.startswith("db-") and r[3:].isdigit() and r not in existing_by_ref
    }
    if exported:
        # "db-N": how an export names a record that has no id of its own (row N);
        # reading such a file back finds that record again instead of copying it.
        q = sa.select(*cols).where(table.c.ref.is_(None), table.c.id.in_(list(exported)))
        for row in conn.execute(q):
            existing_by_ref[exported[row.id]] = dict(row._mapping)
    if not all(refs):
        existing_by_key = _keys_of_stored(conn, table, key_cols)

    ids: list[int | None] = [None] * n
    to_insert: list[int] = []
    if not existing_by_ref and not existing_by_key:
        to_insert = list(range(n))
    for i in range(n) if not to_insert else ():
        ref = refs[i]
        old = existing_by_ref.get(ref) if ref else None
        if old is None and not ref:
            key = tuple(columns[c][i] for c in key_cols)
            if key in existing_by_key:
                ids[i] = existing_by_key[key]
                # The same record (donor, recipient, vaccine, date, doses) citing a source
                # it does not cite yet: the citation is added, the record "updated".
                if sources[i] and _cite_new(conn, table, kind, ids[i], sources[i]):
                    result.updated += 1
                else:
                    result.unchanged += 1
                continue
        if old is None:
            to_insert.append(i)
            continue
        ids[i] = old["id"]
        changes = {c: columns[c][i] for c in compare_cols if old[c] != columns[c][i]}
        if changes:
            conn.info.pop(_KEYS_CACHE, None)  # a stored key may change: read them afresh
            conn.execute(
                sa.update(table)
                .where(table.c.id == old["id"])
                .values(**changes, version=old["version"] + 1, updated_at=_now())
            )
            result.updated_before.setdefault(kind, []).append(old)
            if sources[i]:  # a file without sources leaves the record's own alone
                _replace_sources(conn, kind, old["id"], sources[i])
            result.updated += 1
        else:
            result.unchanged += 1
    if to_insert:
        new_ids = _insert_new(conn, table, columns, to_insert)
        if len(to_insert) == n:
            ids = list(new_ids)
            _link_many(conn, kind, new_ids, sources)
        else:
            for i, new_id in zip(to_insert, new_ids, strict=True):
                ids[i] = new_id
            _link_many(conn, kind, new_ids, [sources[i] for i in to_insert])
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
    _link_parts(conn, batch.commitments, by_ref)
    new_ids = set(result.inserted_ids.get("commitments", []))
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
        _write_deliveries(conn, batch.deliveries, by_ref, result)
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


def _write_deliveries(
    conn: Connection,
    deliveries: list[Delivery] | DeliveryColumns,
    by_ref: dict[str, int],
    result: ImportResult,
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
        "ref": [r or None for r in c["ref"]],
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
    _upsert_columns(
        conn,
        DeliveryRow.__table__,
        "deliveries",
        columns,
        c["sources"],
        ("donor", "recipient", "vaccine", "arrived_on", "doses"),
        result,
    )


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
