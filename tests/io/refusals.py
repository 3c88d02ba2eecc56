"""Helpers for tests that check an import is refused and leaves the database untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tracker.domain.errors import InputError
from tracker.io.importing import import_file


def digest(path: Path) -> str:
    """The database file's bytes, hashed: equal before and after means nothing was written."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_import(db: Path, source: Path) -> InputError:
    """Import ``source`` into the database file ``db`` (opened here and closed again), which
    must refuse it; the refusal."""
    from tracker.store import open_store

    store = open_store(str(db))
    try:
        with pytest.raises(InputError) as info:
            import_file(store, source)
    finally:
        store.close()
    return info.value
