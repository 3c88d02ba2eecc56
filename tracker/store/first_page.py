"""The first page at start-up, read from a SQLite file with the plain DB-API.

The window's launcher shows the tab on screen and the three kinds the status bar counts
before SQLAlchemy and pandas are imported (about 0.4 s of a cold start): this module
reads what they show with ``sqlite3``, read-only, and feeds the same reconciliation
(:mod:`tracker.domain.reconcile`) the store does. The store opens right after and the
window is filled again from it: the normal path stays the reference, and
``tests/store/test_first_page.py`` proves both give the same tables.

Only a file the normal path would open as it is gets read here: a plain SQLite file,
healthy (the same checks :func:`tracker.store.opening.open_store` runs), writable, at the
current schema revision with every known actor (nothing to migrate or sync), and small.
Anything else returns ``None`` and start-up goes the normal way. Nothing is written.

No SQLAlchemy or pandas import here (module level or not).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker import APP_DIR_NAME
from tracker.domain import reconcile as rc
from tracker.domain.enums import ActorKind, CommitmentStatus, DeliveryStatus, RecordKind
from tracker.domain.errors import TrackerError
from tracker.store.schema_head import is_current
from tracker.store.sqlite_file import (
    connect_read_only,
    file_problems,
    foreign_file_problem,
    quick_check_file,
)

#: Bigger files go the normal way (checked in a worker thread behind a busy dialog from
#: ``maintenance.BIG_FILE_BYTES`` on; a test keeps this below it).
MAX_BYTES = 8 * 1024 * 1024

Columns = dict[str, list[Any]]


@dataclass
class FirstPage:
    """What the window shows first: the counted kinds' columns (as the store's frames
    name them, in their order) and the reconciliation Promises and Checkpoints show."""

    path: Path
    kinds: dict[str, Columns]
    reconciliation: rc.Reconciliation
    bundled_as_of: dt.date | None
    read_only: bool = field(default=False)  # opened for writing, as the launcher does

    # The three things a Store tells the window about itself, same wording.
    @property
    def display_name(self) -> str:
        return self.path.name

    def describe(self) -> str:
        return str(self.path)


def sqlite_file_of(db: str | None) -> Path | None:
    """The SQLite file ``db`` (a path, a plain ``sqlite:///`` URL or, when ``None``, the
    default database) names; ``None`` for anything else (a server, URL options)."""
    if db is None:
        db = os.environ.get("TRACKER_DATABASE_URL")
        if not db:
            import platformdirs

            folder = platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)
            return (folder / "tracker.sqlite").expanduser().absolute()
    if not db.strip():
        return None
    if "://" not in db:
        path = Path(db).expanduser().absolute()
    else:
        prefix = "sqlite:///"
        rest = db[len(prefix) :]
        if not db.startswith(prefix) or not rest or rest == ":memory:":
            return None
        path = Path(rest)
    # Read through a ``file:`` URI (read-only): these would be taken for its parts.
    return None if set(str(path)) & set("?%#") else path


def read_first_page(db: str | None) -> FirstPage | None:
    """The first page of ``db``, or ``None`` when the normal path must decide (see the
    module's docstring)."""
    path = sqlite_file_of(db)
    try:
        if path is None or not _opens_as_is(path):
            return None
        conn = connect_read_only(path)
    except (OSError, sqlite3.Error, TrackerError):  # the normal path explains it
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for every read below
        if not _current(conn):
            return None
        return _read(conn, path)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # anything unexpected in the file: the normal path explains it
    finally:
        conn.close()


def _opens_as_is(path: Path) -> bool:
    """The checks ``opening._check_sqlite_file`` makes, all passed (else it refuses)."""
    try:
        if not path.is_file() or not 0 < path.stat().st_size <= MAX_BYTES:
            return False
    except OSError:
        return False
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    return not (foreign_file_problem(path) or file_problems(path) or quick_check_file(path))


def _current(conn: sqlite3.Connection) -> bool:
    """The store will neither migrate nor add actors when it opens (the rule of
    ``schema_head.is_current``, as ``opening`` applies it)."""
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    n_actors = conn.execute("SELECT count(*) FROM actors").fetchone()[0]
    old_codes = conn.execute("SELECT count(*) FROM actors WHERE code = 'AU'").fetchone()[0]
    return is_current(None if version is None else version[0], n_actors, old_codes)


def _date(text: str) -> dt.date:
    """A date as SQLAlchemy writes it on SQLite (YYYY-MM-DD); anything else raises
    ValueError, and the normal path reads the file."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"not a stored date: {text!r}")
    return dt.date.fromisoformat(text)


def _day(text: str | None) -> dt.date | None:
    return None if text is None else _date(text)


def _columns(cursor: sqlite3.Cursor, dates: tuple[str, ...] = ()) -> Columns:
    keys = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    cols = {k: [r[i] for r in rows] for i, k in enumerate(keys)}
    for k in dates:
        cols[k] = [_day(v) for v in cols[k]]
    return cols


def _with_sources(conn: sqlite3.Connection, cols: Columns, kind: str) -> Columns:
    """The records' first source URL and the others, space-separated (``frames``)."""
    first: dict[int, str] = {}
    others: dict[int, list[str]] = {}
    q = (
        "SELECT rs.record_id, s.url FROM record_sources rs JOIN sources s "
        "ON s.id = rs.source_id WHERE rs.kind = ? ORDER BY rs.record_id, rs.position"
    )
    for record_id, url in conn.execute(q, (str(kind),)):
        if record_id in first:
            others.setdefault(record_id, []).append(url)
        else:
            first[record_id] = url
    cols["source"] = [first.get(i, "") for i in cols["record_id"]]
    cols["other_sources"] = [" ".join(others.get(i, ())) for i in cols["record_id"]]
    return cols


_TAIL = "confidence, notes, version"


def _cited(conn: sqlite3.Connection, q: str, dates: tuple[str, ...], kind: str) -> Columns:
    """The columns of ``q`` (``dates`` read as dates) with their records' sources."""
    return _with_sources(conn, _columns(conn.execute(q), dates), kind)


def _commitments(conn: sqlite3.Connection) -> Columns:
    q = (
        "SELECT c.id AS record_id, c.ref AS id, c.announced_on AS date, c.donor, c.recipient, "
        "c.vaccine, c.doses, c.deal_type, c.channel, c.status, c.target_date, "
        f"{_TAIL}, (SELECT w.ref FROM commitments w WHERE w.id = c.part_of_id) AS part_of "
        "FROM commitments c ORDER BY c.announced_on, c.id"
    )
    return _cited(conn, q, ("date", "target_date"), RecordKind.COMMITMENT)


def _deliveries(conn: sqlite3.Connection) -> Columns:
    q = (
        "SELECT d.id AS record_id, d.ref AS id, d.arrived_on AS date, d.donor, d.recipient, "
        "d.vaccine, d.doses, d.status, c.ref AS commitment, d.commitment_id, d.deal_type, "
        "d.channel, d.expiry_on AS expiry_date, d.confidence, d.notes, d.version "
        "FROM deliveries d LEFT OUTER JOIN commitments c ON c.id = d.commitment_id "
        "ORDER BY d.arrived_on, d.id"
    )
    return _cited(conn, q, ("date", "expiry_date"), RecordKind.DELIVERY)


def _events(conn: sqlite3.Connection) -> Columns:
    q = (
        "SELECT id AS record_id, ref AS id, start_on AS date, end_on AS end_date, title, "
        f"description, category, {_TAIL} FROM events ORDER BY start_on, id"
    )
    cols = _columns(conn.execute(q), ("date", "end_date"))
    by_event: dict[int, list[str]] = {}
    for eid, actor in conn.execute(
        "SELECT event_id, actor FROM event_actors ORDER BY event_id, actor"
    ):
        by_event.setdefault(eid, []).append(actor)
    keys = list(cols)
    at = keys.index("category") + 1
    actors = [";".join(by_event.get(i, [])) for i in cols["record_id"]]
    cols = {k: cols[k] for k in keys[:at]} | {"actors": actors} | {k: cols[k] for k in keys[at:]}
    return _with_sources(conn, cols, RecordKind.EVENT)


def _reconciliation(conn: sqlite3.Connection, datasets: list[rc.DatasetIn]) -> rc.Reconciliation:
    """``tracker.store.reconcile.reconcile(store)``: no filter, as of the data."""
    several = {
        code
        for code, kind in conn.execute("SELECT code, kind FROM actors")
        if kind != ActorKind.COUNTRY
    }
    commitments = [
        rc.CommitmentIn(
            id=i, ref=ref, donor=donor, recipient=recipient, vaccine=vaccine,
            committed=int(doses), announced_on=_date(on), cancelled=status == CommitmentStatus.CANCELLED,
            target_date=_day(target), several_recipients=recipient in several, part_of=part_of,
        )
        for i, ref, donor, recipient, vaccine, doses, status, on, target, part_of in conn.execute(
            "SELECT id, ref, donor, recipient, vaccine, doses, status, announced_on, "
            "target_date, part_of_id FROM commitments ORDER BY announced_on, id"
        )
    ]  # fmt: skip
    delivered = DeliveryStatus.DELIVERED.value
    deliveries = [
        rc.DeliveryIn(i, ref, donor, recipient, vaccine, int(doses), _date(on),
                      status == delivered, cid, bool(src))
        for i, ref, donor, recipient, vaccine, doses, on, status, cid, src in conn.execute(
            "SELECT d.id, d.ref, d.donor, d.recipient, d.vaccine, d.doses, d.arrived_on, "
            "d.status, d.commitment_id, EXISTS (SELECT * FROM record_sources rs WHERE "
            "rs.kind = ? AND rs.record_id = d.id) FROM deliveries d",
            (str(RecordKind.DELIVERY),),
        )
    ]  # fmt: skip
    tallies = [
        rc.TallyIn(i, ref, donor, recipient, vaccine, int(doses), _date(on), recipient in several)
        for i, ref, donor, recipient, vaccine, doses, on in conn.execute(
            "SELECT id, ref, donor, recipient, vaccine, doses, as_of FROM tallies"
        )
    ]
    as_of = rc.data_as_of(datasets, deliveries)
    return rc.reconcile(commitments, deliveries, tallies, datasets, as_of=as_of)


def _read(conn: sqlite3.Connection, path: Path) -> FirstPage:
    datasets = [
        rc.DatasetIn(name, kind or "", _day(as_of))
        for name, kind, as_of in conn.execute("SELECT name, kind, as_of FROM datasets")
    ]
    days = [d.as_of for d in datasets if d.as_of]
    kinds: dict[str, Columns] = {
        RecordKind.COMMITMENT: _commitments(conn),
        RecordKind.DELIVERY: _deliveries(conn),
        RecordKind.EVENT: _events(conn),
    }
    return FirstPage(path, kinds, _reconciliation(conn, datasets), min(days) if days else None)
