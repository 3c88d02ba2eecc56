"""Column-wise reads and chunked lookups on an open connection (no ``Row`` per record).

Shared by the bulk writers and the frames: at a million rows a SQLAlchemy ``Row`` per
record cost more than SQLite's own work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

#: Values per ``IN (...)`` list when looking many up.
IN_STEP = 2_000


def read_columns(conn: Connection, q: sa.Select[Any]) -> tuple[list[str], list[list[Any]]]:
    """The result of ``q``: its column names and one list per selected column, values
    converted by each column's type (dates from text on SQLite)."""
    result = conn.execute(q)
    try:
        keys = list(result.keys())
        rows = result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()
    if not rows:
        return keys, [[] for _ in q.selected_columns]
    out = []
    dialect = conn.dialect
    for col, values in zip(q.selected_columns, zip(*rows, strict=True), strict=True):
        process = col.type.dialect_impl(dialect).result_processor(dialect, None)
        out.append(list(map(process, values)) if process else list(values))
    return keys, out


def processed_columns(conn: Connection, q: sa.Select[Any]) -> list[list[Any]]:
    """:func:`read_columns` without the names."""
    return read_columns(conn, q)[1]


def tuples(conn: Connection, q: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of a query of plain columns as DB-API tuples (no Row per record)."""
    result = conn.execute(q)
    try:
        return list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()


def rows_where_in(
    conn: Connection,
    table: sa.Table,
    names: Sequence[str],
    key: str,
    values: Sequence[object],
) -> list[tuple[Any, ...]]:
    """Columns ``names`` of the rows of ``table`` whose ``key`` is one of ``values``.

    On SQLite the statement is written once per chunk and run on the DB-API cursor:
    many lookups, so rendering each ``IN`` list through SQLAlchemy would dominate.
    """
    found: list[tuple[Any, ...]] = []
    if not values:
        return found
    if conn.dialect.name == "sqlite":
        q = conn.dialect.identifier_preparer
        cursor = conn.connection.cursor()
        try:
            for i in range(0, len(values), IN_STEP):
                chunk = values[i : i + IN_STEP]
                sql = (
                    f"SELECT {', '.join(q.quote(n) for n in names)} FROM {q.format_table(table)} "
                    f"WHERE {q.quote(key)} IN ({', '.join('?' * len(chunk))})"
                )
                found.extend(cursor.execute(sql, chunk))
        finally:
            cursor.close()
        return found
    select = sa.select(*[table.c[n] for n in names]).where(
        table.c[key].in_(sa.bindparam("values", expanding=True))
    )
    for i in range(0, len(values), IN_STEP):
        found.extend(tuple(r) for r in conn.execute(select, {"values": values[i : i + IN_STEP]}))
    return found
