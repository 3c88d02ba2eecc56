"""Integrity and data-quality checks, backup and restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from tracker.domain.errors import DatabaseError, InputError
from tracker.store.database import (
    BUSY_TIMEOUT_MS,
    Store,
    backup_name,
    backup_sqlite,
    normalise_url,
    quick_check,
    sqlite_path,
)
from tracker.store.models import (
    CommitmentRow,
    DatasetRow,
    DeliveryRow,
    RecordSourceRow,
    TallyRow,
)


@dataclass
class Finding:
    severity: str  # "error" (corruption) / "warning" / "info"
    kind: str
    record: str
    message: str


@dataclass
class CheckReport:
    target: str
    integrity: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def corrupt(self) -> bool:
        return bool(self.integrity)


def check_database(
    url: str, today: dt.date | None = None, stale_after_days: int = 365
) -> CheckReport:
    """Integrity first (read-only, never writes); then data-quality findings."""
    url = normalise_url(url)
    path = sqlite_path(url)
    report = CheckReport(str(path) if path else url)
    if path is not None:
        report.integrity = quick_check(path, full=True)
        if report.integrity:
            return report
    from tracker.store.database import open_store

    store = open_store(url, read_only=path is not None, migrate=path is None)
    try:
        report.findings = quality_findings(store, today, stale_after_days)
    finally:
        store.close()
    return report


def quality_findings(
    store: Store, today: dt.date | None = None, stale_after_days: int = 365
) -> list[Finding]:
    today = today or dt.date.today()
    d, c, rs = DeliveryRow.__table__, CommitmentRow.__table__, RecordSourceRow.__table__
    out: list[Finding] = []
    with store.read() as conn:
        sourced = sa.select(rs.c.record_id).where(rs.c.kind == "deliveries")
        for rid, ref in conn.execute(sa.select(d.c.id, d.c.ref).where(d.c.id.not_in(sourced))):
            out.append(Finding("warning", "deliveries", ref or f"#{rid}", "delivery has no source"))
        over = (
            sa.select(c.c.id, c.c.ref, c.c.doses, sa.func.sum(d.c.doses))
            .join(d, d.c.commitment_id == c.c.id)
            .where(d.c.status == "delivered")
            .group_by(c.c.id, c.c.ref, c.c.doses)
            .having(sa.func.sum(d.c.doses) > c.c.doses)
        )
        for cid, ref, committed, delivered in conn.execute(over):
            out.append(
                Finding(
                    "warning",
                    "commitments",
                    ref or f"#{cid}",
                    f"delivered {delivered:,} exceeds the {committed:,} committed",
                )
            )
        for name, as_of in conn.execute(sa.select(DatasetRow.name, DatasetRow.as_of)):
            if as_of and (today - as_of).days > stale_after_days:
                out.append(
                    Finding(
                        "info",
                        "datasets",
                        name,
                        f"data as of {as_of.isoformat()} ({(today - as_of).days} days old)",
                    )
                )
        t = TallyRow.__table__
        for tid, ref, donor, recipient, as_of, doses in conn.execute(
            sa.select(t.c.id, t.c.ref, t.c.donor, t.c.recipient, t.c.as_of, t.c.doses)
        ):
            summed = conn.scalar(
                sa.select(sa.func.coalesce(sa.func.sum(d.c.doses), 0)).where(
                    d.c.donor == donor,
                    d.c.recipient == recipient,
                    d.c.arrived_on <= as_of,
                    d.c.status == "delivered",
                )
            )
            if summed and summed != doses:
                out.append(
                    Finding(
                        "info",
                        "tallies",
                        ref or f"#{tid}",
                        f"official tally {doses:,} for {donor}→{recipient} on "
                        f"{as_of.isoformat()}; recorded deliveries sum to {summed:,}",
                    )
                )
    return out


def backup(store: Store, out: Path) -> Path:
    if store.path is None:
        raise DatabaseError("backup copies SQLite files; for PostgreSQL use pg_dump")
    if out.exists() and out.is_dir():
        out = out / backup_name(store.path, "backup").name
    return backup_sqlite(store.path, out)


def restore(url: str, source: Path) -> Path | None:
    """Replace the database at ``url`` with ``source``; the current file is kept as a copy."""
    target = sqlite_path(normalise_url(url))
    if target is None:
        raise DatabaseError("restore replaces a SQLite file; for PostgreSQL use pg_restore")
    if not source.exists():
        raise InputError(f"{source}: no such file")
    problems = quick_check(source, full=True)
    if problems:
        raise InputError(f"{source} is not an intact database: {problems[0]}")
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if not {"alembic_version", "deliveries", "commitments"} <= tables:
        raise InputError(f"{source} is not a Vaccine Diplomacy Tracker database")
    kept = None
    if target.exists():
        kept = backup_sqlite(target, backup_name(target, "pre-restore"))
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    os.utime(target)
    return kept
