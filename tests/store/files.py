"""Looking into a SQLite file the way a user's other tools would: read-only, log aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def count_deliveries(path: Path) -> int:
    """The deliveries in the file at ``path`` itself (``immutable``: its log is ignored)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM deliveries").fetchone()[0])
    finally:
        conn.close()
