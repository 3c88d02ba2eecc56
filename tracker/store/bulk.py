"""SQLite bulk-load tricks: deferred indexes, a larger cache, and literal-binding inserts.

Used by the import writers; every function also works (plainly) on other databases.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

#: Rows per executemany call when inserting many rows.
INSERT_STEP = 50_000
#: The range of SQLite's INTEGER: a Python int outside it is not an integer literal
#: (SQLite would read it as REAL) and is left to the driver, which refuses it.
_INT64 = range(-(2**63), 2**63)

_BULK = "tracker_bulk_load"
#: Page cache of a bulk load, in KiB (SQLite's default is 2 MiB: at a million rows the
#: indexes no longer fit and every insert reads pages back from the file).
BULK_CACHE_KIB = 64 * 1024
#: Page cache while the deferred indexes are built (SQLite's default size): see bulk_load.
INDEX_BUILD_CACHE_KIB = 2 * 1024


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Write many rows on ``conn`` (an open write transaction) faster, on SQLite.

    A larger page cache for the duration, and a table about to receive at least as many
    new rows as it holds has its plain secondary indexes dropped before the first insert
    and built again (sorted, in one pass, with the usual small cache) when the block
    ends, inside the same transaction: a failure or rollback leaves the schema as it
    was. Unique constraints (and so duplicate checks) and foreign keys stay in force
    throughout.
    """
    if conn.dialect.name != "sqlite" or _BULK in conn.info:
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    conn.info[_BULK] = {"seen": set(), "dropped": []}
    try:
        yield
        dropped = conn.info[_BULK]["dropped"]
        if dropped:
            # SQLite sorts a new index's keys in runs that fit the page cache and merges
            # them: runs of a few MiB sort faster than one run of the whole table (1.9 s
            # against 1.1 s for a million deliveries' two indexes, measured).
            conn.exec_driver_sql(f"PRAGMA cache_size = -{INDEX_BUILD_CACHE_KIB}")
        for sql in dropped:
            conn.exec_driver_sql(sql)
    finally:
        conn.info.pop(_BULK, None)
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous or 0)}")
        except sa.exc.DBAPIError:  # the connection is going away with the error anyway
            pass


def before_bulk_insert(conn: Connection, table: sa.Table, n: int) -> None:
    """Inside :func:`bulk_load`, defer ``table``'s secondary indexes if ``n`` new rows
    would at least double it (decided once per table and load)."""
    state: dict[str, Any] | None = conn.info.get(_BULK)
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


def bind_column(conn: Connection, column: sa.Column[Any], values: list[Any]) -> list[Any]:
    """``values`` as SQLAlchemy would hand them to the driver (once per distinct value)."""
    proc = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    if proc is None or not values:
        return values
    if _same_throughout(values):
        return [proc(values[0])] * len(values)
    cells = np.empty(len(values), dtype=object)
    cells[:] = values
    codes, uniques = pd.factorize(cells)  # None -> -1
    bound = np.empty(len(uniques) + 1, dtype=object)
    bound[:-1] = [proc(v) for v in uniques.tolist()]
    bound[-1] = None
    out: list[Any] = bound[codes].tolist()
    return out


def sql_literal(value: object) -> str | None:
    """``value`` as an SQLite literal, or None when it is better bound as a parameter.

    Only ``None``, a plain ``int`` within SQLite's 64 bits and a short ``str``: a bool,
    a float, an int subclass or an int beyond 64 bits goes to the driver, which stores
    (or refuses) it exactly as it would any bound value.
    """
    if value is None:
        return "NULL"
    if type(value) is int and value in _INT64:
        return str(value)
    if type(value) is str and len(value) <= 200 and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _same_throughout(col: list[Any]) -> bool:
    """Whether every cell of ``col`` equals the first (a C-speed count, after a look at
    a few cells that settles most columns that vary without reading them all)."""
    first = col[0]
    n = len(col)
    for i in (n - 1, n // 2, n // 3, 1):  # as list.count compares: identity, then ==
        if i < n and col[i] is not first and col[i] != first:
            return False
    return col.count(first) == n


def _one_value(col: list[Any]) -> bool:
    """Whether every cell of ``col`` is the same value of the same type (1, 1.0 and True
    are equal in Python but not in the database)."""
    # Both at C speed: the columns are a million long on a big import.
    if not _same_throughout(col):
        return False
    first = col[0]
    if first is None or type(first) is str:
        # Only None equals None; a cell equal to a str is text of the same characters,
        # stored as the same text whatever its class (no need to look at each cell's type).
        return True
    return len(set(map(type, col))) == 1


def insert_columns(
    conn: Connection,
    table: sa.Table,
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
    or_ignore: bool = False,
) -> int:
    """Insert rows given as equally long columns (in ``names`` order, already bound on
    SQLite: see :func:`bind_column`) with a plain executemany, no RETURNING.

    On SQLite a column holding one value throughout (the version, the timestamps, an
    absent optional field, the one source of a whole file) is written into the statement
    as a literal, so the driver binds only the columns that vary: at a million rows
    binding every cell of a sixteen-column row took longer than SQLite's own work.
    ``or_ignore`` (SQLite only): rows that break a unique constraint are skipped.
    Returns how many rows were written on SQLite (the driver's count), else -1.
    """
    n = len(columns[0]) if columns else 0
    if not n:
        return 0
    if conn.dialect.name != "sqlite":
        step: list[dict[str, Any]] = []
        for row in zip(*columns, strict=True):
            step.append(dict(zip(names, row, strict=True)))
            if len(step) >= INSERT_STEP:
                conn.execute(sa.insert(table), step)
                step = []
        if step:
            conn.execute(sa.insert(table), step)
        return -1
    q = conn.dialect.identifier_preparer
    slots: list[str] = []
    varying: list[list[Any]] = []
    for col in (c if isinstance(c, list) else list(c) for c in columns):
        literal = sql_literal(col[0])
        if literal is not None and not _one_value(col):
            literal = None
        slots.append("?" if literal is None else literal)
        if literal is None:
            varying.append(col)
    sql = (
        f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {q.format_table(table)} "
        f"({', '.join(q.quote(n) for n in names)}) "
        f"VALUES ({', '.join(slots)})"
    )
    rows: Iterator[tuple[Any, ...]] = zip(*varying, strict=True) if varying else repeat((), n)
    cursor = conn.connection.cursor()
    try:
        # An iterator, not a list: no million-row copy (sqlite3 takes any iterable; the
        # DB-API stub asks for a Sequence).
        cursor.executemany(sql, rows)  # type: ignore[arg-type]
        written: int = cursor.rowcount
    finally:
        cursor.close()
    return written
