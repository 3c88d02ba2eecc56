"""The commands that look after the database file: ``check``, ``backup``, ``restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.common import EXIT_DATABASE, EXIT_OK, database_url, db_flag, opened, shown

if TYPE_CHECKING:
    from tracker.domain import reconcile as rc

TALLY_WORDS = {
    "matches": "match recorded deliveries",
    "missing": "deliveries missing",
    "exceeds": "recorded exceeds tally",
    "not-recorded": "deliveries not recorded",
}


def _print_restorable(path: Path) -> None:
    """Every file ``path`` can be restored from, newest first, each checked."""
    from tracker.domain.errors import ResourceError
    from tracker.store.backups import restorable_files
    from tracker.store.sqlite_file import diagnose

    files = restorable_files(path)
    if not files:
        print("There is no backup of this database to restore.")
        return
    print("Files it can be restored from, newest first (`vaccine-tracker restore FILE`):")
    for b in files:
        try:
            problems = diagnose(b.path, full=False)
            state = f"damaged: {problems[0]}" if problems else "intact"
        except ResourceError:
            state = "cannot be read now"
        what = "moved aside by a restore" if b.reason == "damaged" else b.reason
        print(f"  {shown(b.path)}  ({what}, {b.taken_at:%Y-%m-%d %H:%M}; {state})")


def _print_checkpoints(checkpoints: list[rc.Checkpoint]) -> None:
    from collections import Counter

    states = Counter(c.status for c in checkpoints)
    print(
        f"{len(checkpoints)} tally checkpoint(s): "
        + ", ".join(f"{n} {TALLY_WORDS[s]}" for s, n in sorted(states.items()))
    )
    for c in checkpoints:
        print(
            f"  {c.label} {c.donor}→{c.recipient} {c.as_of.isoformat()}: tally {c.tally:,}, "
            f"recorded {c.recorded:,}, difference {c.difference:,} ({TALLY_WORDS[c.status]})"
        )


def cmd_check(args: argparse.Namespace) -> int:
    from tracker.store.database import sqlite_path
    from tracker.store.maintenance import check_database

    url = database_url(args)
    path = sqlite_path(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        state = "does not exist" if not path.exists() else "is empty (0 bytes)"
        print(f"vaccine-tracker: error: {shown(path)} {state}", file=sys.stderr)
        _print_restorable(path)
        return EXIT_DATABASE
    report = check_database(url)
    if report.corrupt:
        print(f"DAMAGED: {shown(report.target)}")
        for problem in report.integrity[:20]:
            print(f"  {shown(problem)}")
        print("Nothing was written. Restore a backup with `vaccine-tracker restore BACKUP`.")
        if path is not None:
            _print_restorable(path)
        return EXIT_DATABASE
    print(
        f"OK: {shown(report.target)} passed SQLite's integrity check"
        if path
        else f"OK: {shown(report.target)}"
    )
    if report.findings:
        print(f"{len(report.findings)} data-quality finding(s):")
        for finding in report.findings:
            print(f"  [{finding.severity}] {finding.kind} {finding.ref}: {finding.message}")
    else:
        print("No data-quality findings.")
    if report.checkpoints:
        _print_checkpoints(report.checkpoints)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from tracker.store.backups import backup_to

    with opened(args) as store:
        out = backup_to(store, args.out, force=args.force)
    print(f"backed up {shown(store.describe())} to {shown(out)}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from tracker.store.backups import restore
    from tracker.store.database import default_database_url

    kept = restore(db_flag(args) or default_database_url(), args.source)
    print(
        f"restored from {args.source}" + (f"; the previous file is kept as {kept}" if kept else "")
    )
    return EXIT_OK
