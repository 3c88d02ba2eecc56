"""What tests build, in one place: hand-entered records, the files they check, and the
shown timeline. Import what you need (``from tests.factories import add_delivery``).

The defaults are one real-looking case (a US donation of Moderna to Guatemala in July
2021); a test names only what it cares about: ``add_delivery(store, day, 10, vaccine="pfizer")``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tracker.domain.errors import InputError

#: A delivery entered by hand, as the form saves it (``Change("deliveries", "add", …)``).
DELIVERY: dict[str, Any] = {
    "donor": "USA",
    "recipient": "GTM",
    "vaccine": "moderna",
    "doses": 1_500_000,
    "arrived_on": dt.date(2021, 7, 8),
    "status": "delivered",
    "confidence": "high",
    "notes": "",
    "sources": [],
}

#: The commitment those deliveries fulfil.
COMMITMENT: dict[str, Any] = {
    "donor": "USA",
    "recipient": "GTM",
    "vaccine": "moderna",
    "doses": 4_500_000,
    "announced_on": dt.date(2021, 6, 21),
    "deal_type": "donation",
    "channel": "bilateral",
    "status": "announced",
    "confidence": "high",
    "notes": "",
    "sources": [],
}


def delivery_values(**changes: Any) -> dict[str, Any]:
    """:data:`DELIVERY` with ``changes``: the values of a new delivery."""
    return {**DELIVERY, **changes}


def commitment_values(**changes: Any) -> dict[str, Any]:
    """:data:`COMMITMENT` with ``changes``: the values of a new commitment."""
    return {**COMMITMENT, **changes}


def _add(store: Any, kind: str, values: dict[str, Any]) -> int:
    from tracker.domain.changes import Change
    from tracker.store.repository import apply

    return apply(store, Change(kind, "add", values=values)).record_id


def add_delivery(
    store: Any,
    day: dt.date = DELIVERY["arrived_on"],
    doses: int = DELIVERY["doses"],
    *,
    sources: Iterable[str] = (),
    **changes: Any,
) -> int:
    """A delivered shipment entered by hand (``changes`` override the defaults); its id."""
    from tracker.domain.records import SourceRef

    values = delivery_values(
        arrived_on=day, doses=doses, sources=[SourceRef(u) for u in sources], **changes
    )
    return _add(store, "deliveries", values)


def add_commitment(store: Any, **changes: Any) -> int:
    """A commitment entered by hand (``changes`` override the defaults); its id."""
    return _add(store, "commitments", commitment_values(**changes))


def postgres_server() -> str:
    """``TRACKER_TEST_POSTGRES_URL``; without it the test is skipped, except under CI,
    where a missing server is a failure rather than a silent pass."""
    import os

    url = os.environ.get("TRACKER_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must provide TRACKER_TEST_POSTGRES_URL (see scripts/test-postgres.sh)")
        pytest.skip(
            "no PostgreSQL server: set TRACKER_TEST_POSTGRES_URL (scripts/test-postgres.sh)"
        )
    return url


# -- database files ----------------------------------------------------------------------
def digest(path: Path) -> str:
    """The file's SHA-256: equal digests mean not one byte was written."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_deliveries(path: Path) -> int:
    """The deliveries in the SQLite file at ``path``, read without touching the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM deliveries").fetchone()[0]
    finally:
        conn.close()


def foreign_wal(db: Path, folder: Path) -> None:
    """Another program's write-ahead log (a ``notes.sqlite`` made in ``folder``) copied
    next to the database file ``db``, as its ``-wal``."""
    import shutil

    other = folder / "notes.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    shutil.copyfile(f"{other}-wal", f"{db}-wal")
    conn.close()


def import_refused(db: Path, source: Path) -> InputError:
    """Import ``source`` into the database file ``db``, which must refuse it (an
    ``InputError``); returns the refusal. The store is closed either way."""
    from tracker.domain.errors import InputError
    from tracker.io.importing import import_file
    from tracker.store import open_store

    store = open_store(str(db))
    try:
        with pytest.raises(InputError) as info:
            import_file(store, source)
    finally:
        store.close()
    return info.value


# -- the timeline ------------------------------------------------------------------------
def shown_timeline(qtbot: Any, store: Any, f: Any) -> Any:
    """A TimelineWidget on screen (1400×820) that has drawn ``f`` from ``store``."""
    from tracker.timeline.widget import TimelineWidget

    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1400, 820)
    w.show()
    qtbot.waitExposed(w)
    w.refresh(store, f)
    qtbot.waitUntil(lambda: w.spec is not None)
    return w


def link_source_lists() -> tuple[list[Any], list[Any]]:
    """Two source lists link-writing tests share: one source; and several, with a
    repeated one (linked once, at its first place), one without a URL (left out) and a
    host in capitals."""
    from tracker.domain.records import SourceRef

    one = [SourceRef("https://www.gob.mx/salud/prensa/1")]
    several = [
        SourceRef("https://apnews.com/article/b"),
        SourceRef(""),
        SourceRef("https://www.gob.mx/salud/prensa/1"),
        SourceRef("https://apnews.com/article/b"),
        SourceRef("https://Example.ORG/c"),
    ]
    return one, several
