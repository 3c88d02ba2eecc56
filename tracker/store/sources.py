"""Sources and their links to records: finding or adding the cited URLs in bulk.

A record cites sources through ``record_sources`` (kind, record id, source id,
position); a source is stored once per URL, whoever cites it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.domain.records import SourceRef
from tracker.store.bulk import before_bulk_insert, bind_column, insert_columns
from tracker.store.columns import rows_where_in, tuples
from tracker.store.models import RecordSourceRow, SourceRow, utc_now

_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)")


def host(url: str) -> str:
    """The site a URL is on, shown as the publisher until someone types a better one."""
    name = urlsplit(url).hostname or ""
    return name.removeprefix("www.")


def hosts(urls: list[str]) -> list[str]:
    """:func:`host` of many URLs: one regular expression per URL, with ``urlsplit`` only
    for the odd ones it does not settle (IPv6, upper case, no scheme)."""
    match = _HOST.match
    out: list[str] = []
    for url in urls:
        m = match(url)
        found = m.group(1) if m is not None else ""
        if not found or found[0] == "[" or not found.islower():
            out.append(host(url))
        else:
            out.append(found.removeprefix("www."))
    return out


def source_ids(conn: Connection, refs: list[SourceRef]) -> dict[str, int]:
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
        known = ids_by_url(conn, list(first))
        missing = {u: s for u, s in first.items() if u not in known}
        if not missing:
            return known
    new = list(missing.values())
    before = conn.scalar(sa.select(sa.func.coalesce(sa.func.max(t.c.id), 0)))
    names = ("url", "title", "publisher", "published_on", "accessed_on")
    new_urls = list(missing)
    publishers = hosts(new_urls)
    columns: list[list[Any]] = [
        new_urls,
        [s.title for s in new],
        [s.publisher or h for s, h in zip(new, publishers, strict=True)],
        [s.published_on for s in new],
        [s.accessed_on for s in new],
    ]
    if sqlite:
        columns = [bind_column(conn, t.c[n], col) for n, col in zip(names, columns, strict=True)]
    insert_columns(conn, t, names, columns, or_ignore=sqlite)
    # Every source added since ``before`` is ours (imports are serialised) or, if another
    # writer added one meanwhile, is looked up by its URL all the same.
    added = dict(tuples(conn, sa.select(t.c.url, t.c.id).where(t.c.id > before)))
    known.update({u: added[u] for u in new_urls if u in added})
    lost = [u for u in new_urls if u not in known]
    if lost:  # stored before (SQLite), or a writer that reused lower ids
        known.update(ids_by_url(conn, lost))
    if sqlite and any(u not in known for u in lost):
        # Neither added nor stored: OR IGNORE skipped a row for another constraint (a
        # NULL title...). Inserted plainly, it raises the database's own error.
        rows = [i for i, u in enumerate(new_urls) if u not in known]
        insert_columns(conn, t, names, [[col[i] for i in rows] for col in columns])
    return known


def ids_by_url(conn: Connection, urls: list[str]) -> dict[str, int]:
    """Ids of the stored sources among ``urls``."""
    t = SourceRow.__table__
    if not urls:
        return {}
    if conn.scalar(sa.select(sa.func.count()).select_from(t)) == 0:
        return {}
    return dict(rows_where_in(conn, t, ("url", "id"), "url", urls))


def link_sources(conn: Connection, kind: str, pairs: list[tuple[int, list[SourceRef]]]) -> None:
    """Link each ``(record id, sources)`` pair (the record cites none yet)."""
    link_many(conn, kind, [i for i, _ in pairs], [sources for _, sources in pairs])


def _positions(cited: list[SourceRef], urls: dict[str, int]) -> tuple[tuple[int, int], ...]:
    """(source id, position) of each source a record citing ``cited`` links: a source
    without a URL is left out, one cited twice is linked once, at its first position."""
    seen: dict[int, int] = {}
    for pos, ref in enumerate(cited):
        source_id = urls.get(ref.url)
        if source_id is not None and source_id not in seen:
            seen[source_id] = pos
    return tuple(seen.items())


def link_many(
    conn: Connection,
    kind: str,
    ids: Sequence[int],
    sources: Sequence[list[SourceRef]],
    table: sa.Table | None = None,
) -> None:
    """Link record ``ids[i]`` to ``sources[i]`` (lists may be shared between records).

    ``ids`` as a ``range`` (new records, numbered in a row) all citing one shared list
    (a file with one source for every row) are linked on SQLite by one INSERT ... SELECT
    that counts through the range (or, given the records' ``table`` holding every id of
    the range, reads them from it): no row crosses from Python. The links, their order
    and so their ids are those the row-by-row insert writes.
    """
    kind = str(kind)  # a plain str: written into the statement once, not bound per row
    # Distinct lists in order of first use, so new sources get ids in file order.
    which, _ = pd.factorize(np.fromiter(map(id, sources), np.int64, len(sources)))
    # Where each list is first cited (codes number them in that order): no per-row loop.
    firsts = np.flatnonzero(~pd.Series(which).duplicated().to_numpy()).tolist()
    lists = [sources[i] for i in firsts]
    if len(lists) == 1 and isinstance(ids, range) and ids.step == 1:
        if conn.dialect.name == "sqlite":
            _link_run(conn, kind, ids, lists[0], table)
            return
    if all(len(g) == 1 for g in lists):  # the common case: one source a record
        refs = [g[0] for g in lists]
        urls = source_ids(conn, refs)
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
        urls = source_ids(conn, refs)
        links = [_positions(g, urls) for g in lists]
        rows = [
            (kind, record_id, source_id, pos)
            for record_id, w in zip(ids, which.tolist(), strict=True)
            for source_id, pos in links[w]
        ]
        if not rows:
            return
        columns = [list(col) for col in zip(*rows, strict=True)]
    names = ("kind", "record_id", "source_id", "position")
    before_bulk_insert(conn, RecordSourceRow.__table__, len(ids))
    insert_columns(conn, RecordSourceRow.__table__, names, columns)


def _link_run(
    conn: Connection, kind: str, ids: range, cited: list[SourceRef], table: sa.Table | None
) -> None:
    """Link every record of ``ids`` (a run, step 1) to ``cited``, on SQLite, in one
    statement: the ids are read in ascending order from ``table`` (which holds each of
    them) or counted by a recursive CTE (first in, first out: ascending), each crossed
    with the cited sources in their order."""
    if not cited or not len(ids):
        return
    links = _positions(cited, source_ids(conn, cited))
    if not links:
        return
    t = RecordSourceRow.__table__
    before_bulk_insert(conn, t, len(ids))
    q = conn.dialect.identifier_preparer
    if table is not None:  # a range of the key: a fifth faster than counting (measured)
        key = q.quote("id")
        run = (
            f"run(x) AS (SELECT {key} FROM {q.format_table(table)} "
            f"WHERE {key} BETWEEN ? AND ? ORDER BY {key})"
        )
    else:
        run = "run(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM run WHERE x < ?)"
    into = (
        f"INSERT INTO {q.format_table(t)} ({q.quote('kind')}, {q.quote('record_id')}, "
        f"{q.quote('source_id')}, {q.quote('position')})"
    )
    if len(links) == 1:
        ((source_id, pos),) = links
        sql = f"WITH RECURSIVE {run} {into} SELECT ?, x, {source_id:d}, {pos:d} FROM run"
    else:
        cited_rows = " UNION ALL ".join(
            f"SELECT {n:d}, {source_id:d}, {pos:d}" for n, (source_id, pos) in enumerate(links)
        )
        sql = (
            f"WITH RECURSIVE {run}, cited(n, source_id, pos) AS ({cited_rows}) {into} "
            "SELECT ?, run.x, cited.source_id, cited.pos FROM run CROSS JOIN cited "
            "ORDER BY run.x, cited.n"
        )
    conn.exec_driver_sql(sql, (ids[0], ids[-1], kind))


def cite_new(
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
    ids = source_ids(conn, new)
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
        .values(version=table.c.version + 1, updated_at=utc_now())
    )
    return True


def replace_sources(conn: Connection, kind: str, record_id: int, sources: list[SourceRef]) -> None:
    """Make record ``record_id`` cite exactly ``sources``, in order."""
    t = RecordSourceRow.__table__
    conn.execute(sa.delete(t).where(t.c.kind == kind, t.c.record_id == record_id))
    link_sources(conn, kind, [(record_id, sources)])
