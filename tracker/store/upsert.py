"""The generic upsert of one flat record kind: insert new rows, update changed ones.

Duplicates are recognised by ``ref`` (the file's id column) when present, otherwise by
the natural key (donor, recipient, vaccine, date, doses). A row whose ref matches but
whose fields differ is updated; an identical row is left alone. New rows go in with a
plain executemany (no per-row RETURNING; see :func:`insert_new` for how their ids are
known), stamped once per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.domain.enums import RecordKind
from tracker.domain.errors import DatabaseError
from tracker.domain.records import SourceRef
from tracker.store.batch import ImportResult
from tracker.store.bulk import INSERT_STEP, before_bulk_insert, bind_column, insert_columns
from tracker.store.columns import IN_STEP, processed_columns, rows_where_in
from tracker.store.models import utc_now
from tracker.store.sources import cite_new, link_many, replace_sources

_KEYS_CACHE = "tracker_natural_keys"
_ROWS_CACHE = "tracker_own_rows"


def keys_of_stored(
    conn: Connection, table: sa.Table, key_cols: tuple[str, ...]
) -> dict[tuple[Any, ...], int]:
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
    last: list[int] = cached[2]
    keys: dict[tuple[Any, ...], int] = cached[3]
    q = sa.select(table.c.id, *[table.c[c] for c in key_cols]).where(table.c.id > last[0])
    ids_col, *key_columns = processed_columns(conn, q)
    if ids_col:
        keys.update(zip(zip(*key_columns, strict=True), ids_col, strict=True))
        last[0] = max(last[0], max(ids_col))
    return keys


def _only_own_rows(conn: Connection, table: sa.Table) -> bool:
    """Whether every row of ``table`` is one this transaction inserted: the table was
    empty when the transaction first looked, and every row since went in through
    :func:`insert_new` (checked by the largest id)."""
    cached = conn.info.get(_ROWS_CACHE)
    if cached is None or cached[0] is not conn.get_transaction() or cached[1] != table.name:
        return False
    if (conn.scalar(sa.select(sa.func.max(table.c.id))) or 0) != cached[2][0]:
        conn.info.pop(_ROWS_CACHE, None)  # written by someone else: read the table
        return False
    return True


def existing_refs(
    conn: Connection, table: sa.Table, refs: list[str], unseen: bool = False
) -> list[str]:
    """Those of ``refs`` already in ``table``.

    ``unseen``: no ref is one an earlier batch of this transaction wrote (an import's
    chunks: the parser refuses a repeated id). Then, when the table was empty at the
    first batch and only this transaction's batches wrote to it since, none can be
    stored: no lookup per ref.
    """
    if not refs:
        return []
    if unseen and _only_own_rows(conn, table):
        return []
    txn = conn.get_transaction()
    if conn.execute(sa.select(table.c.id).limit(1)).first() is None:
        if txn is not None and conn.dialect.name == "sqlite":  # the write lock is ours
            conn.info[_ROWS_CACHE] = (txn, table.name, [0])
        return []
    return [r[0] for r in rows_where_in(conn, table, ("ref",), "ref", refs)]


def _own_rows_added(conn: Connection, table: sa.Table, before: int, top: int) -> None:
    """After :func:`insert_new` put rows ``before`` + 1 ... ``top`` in ``table``: they
    are this transaction's own while every row up to ``before`` was (see
    :func:`_only_own_rows`)."""
    cached = conn.info.get(_ROWS_CACHE)
    if cached is None:
        return
    if cached[0] is not conn.get_transaction() or cached[1] != table.name or cached[2][0] != before:
        conn.info.pop(_ROWS_CACHE, None)
        return
    cached[2][0] = top


def _some_start_with_db(refs: list[str | None]) -> bool:
    """Whether a ref may start with ``db-`` (false: none does), at C speed: each ref in
    one string after a newline (a ref holding a newline can only give a false yes)."""
    return "\ndb-" in "\n" + "\n".join(filter(None, refs))


def insert_new(
    conn: Connection, table: sa.Table, columns: dict[str, list[Any]], rows: Sequence[int]
) -> Sequence[int]:
    """Insert rows ``rows`` of ``columns`` (version 1, stamped now); return their ids in
    order (a ``range`` when they are numbered in a row, as on SQLite they usually are).

    SQLite: a plain executemany; the write transaction holds the database's write lock
    (``BEGIN IMMEDIATE``), so the new rows take the ids after the largest one, in order
    (checked afterwards). Other databases: INSERT ... RETURNING, batched by SQLAlchemy
    (insertmanyvalues) and sorted by parameter order, so concurrent writers sharing a
    sequence cannot mix up the ids.
    """
    now = utc_now()
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
            before_bulk_insert(conn, table, n)
            everything_ = zip(names, [*values, *extra], strict=True)
            bound = [bind_column(conn, table.c[c], v) for c, v in everything_]
            written = insert_columns(conn, table, names, bound)
            top = conn.scalar(sa.select(sa.func.max(t))) or 0
            if written == n and top == before + n:
                # The usual case: n rows written, none of them at or below ``before`` (a
                # new row's id is above the largest), so they are before + 1, ..., + n.
                _own_rows_added(conn, table, before, top)
                return range(before + 1, before + n + 1)
            count, top = conn.execute(
                sa.select(sa.func.count(), sa.func.max(t)).where(t > before)
            ).one()
            if count != n:
                raise DatabaseError(f"{table.name}: {count} new rows for {n}; nothing written")
            conn.info.pop(_ROWS_CACHE, None)
            if top == before + n:
                return range(before + 1, before + n + 1)
            # Ids grow in insertion order in any case (the write lock is ours).
            return list(conn.scalars(sa.select(t).where(t > before).order_by(t)))
    params = [dict(zip(names, row, strict=True)) for row in zip(*values, *extra, strict=True)]
    ids: list[int] = []
    q = sa.insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for i in range(0, len(params), INSERT_STEP):
        ids.extend(r[0] for r in conn.execute(q, params[i : i + INSERT_STEP]))
    return ids


def upsert(
    conn: Connection,
    table: sa.Table,
    kind: RecordKind,
    rows: list[dict[str, Any]],
    sources: list[list[SourceRef]],
    key_cols: tuple[str, ...],
    result: ImportResult,
) -> list[int]:
    """Insert new rows, update changed ones (by ref), skip identical ones; return all ids."""
    if not rows:
        return []
    columns = {c: [r[c] for r in rows] for c in rows[0]}
    return upsert_columns(conn, table, kind, columns, sources, key_cols, result)


def upsert_columns(
    conn: Connection,
    table: sa.Table,
    kind: RecordKind,
    columns: dict[str, list[Any]],
    sources: Sequence[list[SourceRef]],
    key_cols: tuple[str, ...],
    result: ImportResult,
    unseen: bool = False,
) -> list[int]:
    """:func:`upsert` for rows given as columns (``columns["ref"]`` may hold ``""``/None);
    ``unseen``: as for :func:`existing_refs`."""
    refs = columns["ref"]
    n = len(refs)
    if not n:
        return []
    compare_cols = [c for c in columns if c != "ref"]
    existing_by_ref: dict[str, dict[str, Any]] = {}
    existing_by_key: dict[tuple[Any, ...], int] = {}
    wanted = existing_refs(conn, table, [r for r in refs if r], unseen)
    cols = [table.c.id, table.c.ref, table.c.version, *[table.c[c] for c in compare_cols]]
    q = sa.select(*cols).where(table.c.ref.in_(sa.bindparam("refs", expanding=True)))
    for i in range(0, len(wanted), IN_STEP):
        for row in conn.execute(q, {"refs": wanted[i : i + IN_STEP]}):
            existing_by_ref[row.ref] = dict(row._mapping)
    exported = {
        int(r[3:]): r
        for r in (refs if _some_start_with_db(refs) else ())
        if r and r.startswith("db-") and r[3:].isdigit() and r not in existing_by_ref
    }
    if exported:
        # "db-N": how an export names a record that has no id of its own (row N);
        # reading such a file back finds that record again instead of copying it.
        q = sa.select(*cols).where(table.c.ref.is_(None), table.c.id.in_(list(exported)))
        for row in conn.execute(q):
            existing_by_ref[exported[row.id]] = dict(row._mapping)
    if not all(refs):
        existing_by_key = keys_of_stored(conn, table, key_cols)

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
                ids[i] = found = existing_by_key[key]
                # The same record (donor, recipient, vaccine, date, doses) citing a source
                # it does not cite yet: the citation is added, the record "updated".
                if sources[i] and cite_new(conn, table, kind, found, sources[i]):
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
                .values(**changes, version=old["version"] + 1, updated_at=utc_now())
            )
            result.updated_before.setdefault(kind, []).append(old)
            if sources[i]:  # a file without sources leaves the record's own alone
                replace_sources(conn, kind, old["id"], sources[i])
            result.updated += 1
        else:
            result.unchanged += 1
    if to_insert:
        new_ids = insert_new(conn, table, columns, to_insert)
        if len(to_insert) == n:
            ids = list(new_ids)
            link_many(conn, kind, new_ids, sources, table)
        else:
            for i, new_id in zip(to_insert, new_ids, strict=True):
                ids[i] = new_id
            link_many(conn, kind, new_ids, [sources[i] for i in to_insert], table)
        result.new += len(to_insert)
        result.inserted_ids.setdefault(kind, []).extend(new_ids)
    return [i for i in ids if i is not None]
