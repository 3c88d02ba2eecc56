"""What every headless command shares: exit codes, usage errors, terminal-safe text,
the filters from the flags and the database the command works on.

Imports stay inside functions: ``vaccine-tracker --help`` loads none of the store.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.domain.filters import Filters
    from tracker.store.database import Store

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_DATABASE, EXIT_INTERNAL = 0, 1, 2, 3, 4

#: Rejected rows or problems listed on the terminal; the rest are counted.
SHOWN_ERRORS = 50


class UsageError(Exception):
    """A flag value that parses but makes no sense (unknown country, reversed dates)."""


def _unprintable(c: str) -> bool:
    return ord(c) < 32 or 0x7F <= ord(c) < 0xA0


def shown(text: object) -> str:
    """Text for the terminal: passwords hidden, control characters escaped."""
    from tracker.store.database import redact

    out = redact(str(text))
    if any(_unprintable(c) for c in out):
        out = "".join(repr(c)[1:-1] if _unprintable(c) else c for c in out)
    return out


def db_flag(args: argparse.Namespace) -> str | None:
    """``--db``; an empty value is a usage error, not the default database."""
    db: str | None = args.db
    if db is not None and not db.strip():
        raise UsageError("--db is empty; give a file path or a database URL")
    return db


def database_url(args: argparse.Namespace) -> str:
    """The URL of the database the command works on (``--db`` or the default)."""
    from tracker.store.database import default_database_url, normalise_url

    return normalise_url(db_flag(args) or default_database_url())


def _codes(values: list[str], kind: str) -> tuple[str, ...]:
    from tracker.domain.actors import actors
    from tracker.domain.vaccines import vaccines

    registry = vaccines() if kind == "vaccine" else actors()
    out = []
    for value in values:
        for part in filter(None, (v.strip() for v in value.split(","))):
            code = registry.resolve(part)
            if code is None:
                hint = registry.suggest(part)
                raise UsageError(
                    f"unknown {kind} {part!r}"
                    + (f"; did you mean {', '.join(hint)}?" if hint else "")
                )
            out.append(code)
    return tuple(out)


def filters(args: argparse.Namespace) -> Filters:
    """The records the filter flags (``--donor``, ``--from`` …) select."""
    from tracker.domain.filters import Filters

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("--from is after --to")
    return Filters(
        donors=_codes(args.donor, "donor"),
        recipients=_codes(args.recipient, "recipient"),
        vaccines=_codes(args.vaccine, "vaccine"),
        date_from=args.date_from,
        date_to=args.date_to,
        group_pledges=getattr(args, "group_pledges", False),
    )


def open_store(args: argparse.Namespace, write: bool = False) -> Store:
    """Open the database; a command that only reads opens a read-only file read-only."""
    import os

    from tracker.io.seed import open_database
    from tracker.store.database import sqlite_path

    url = database_url(args)
    path = sqlite_path(url)
    read_only = (
        not write
        and path is not None
        and path.is_file()
        and path.stat().st_size > 0
        and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    )
    return open_database(url, empty=args.empty, read_only=read_only)


@contextmanager
def opened(args: argparse.Namespace, write: bool = False) -> Iterator[Store]:
    """:func:`open_store` for a ``with`` block; the store is closed however it ends."""
    store = open_store(args, write=write)
    try:
        yield store
    finally:
        store.close()
