"""Import files into the store: check everything first, then write in one transaction.

A file is read in chunks, so memory stays bounded. The first pass checks every row
without writing (a small file's records are kept, deliveries as compact columns up to
``KEEP_COLUMN_ROWS``; a bigger file is read again in the second pass, and a kept file
must not have changed on disk before the write commits). Only when every row is valid
(or the caller accepts importing just the valid rows) does the second pass write, all
chunks inside one transaction: a rejected file, a cancelled import or a failure half-way
leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from tracker.domain.enums import RecordKind
from tracker.domain.errors import DatabaseError, InputError, ValidationError
from tracker.io.parse import RowParser, drop_unknown, guess_kind
from tracker.io.tables import ReadOptions, check_input_path, open_table
from tracker.store.backups import backup_now
from tracker.store.batch import ImportBatch, ImportResult
from tracker.store.bulk import bulk_load
from tracker.store.database import Store
from tracker.store.import_undo import ImportRecorder, RowChanges
from tracker.store.importer import write_batch
from tracker.store.maintenance import check_before_bulk_write
from tracker.store.models import CommitmentRow

#: Files up to this many rows are parsed once; longer ones are read twice (bounded memory).
KEEP_ROWS = 100_000
#: The same for deliveries, which the parser keeps as compact columns (~250 bytes a row).
KEEP_COLUMN_ROWS = 2_000_000

Progress = Callable[[str, float], None]  # phase ("checking" / "writing"), overall 0..1


class ImportCancelled(InputError):
    """The user cancelled; nothing was written."""


@dataclass
class ImportReport:
    """The outcome a user sees: N new, N updated, N unchanged, N rejected, and why."""

    path: Path
    kind: str
    rows: int
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[ValidationError] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False
    result: ImportResult | None = None
    #: What undoes this import in one step (``tracker.store.import_undo.undo_import``).
    undo: RowChanges | None = None

    def summary(self) -> str:
        verb = (
            "would import" if self.dry_run else ("imported" if self.written else "nothing written")
        )
        return (
            f"{self.path.name}: {self.rows} {self.kind} rows; {verb}: {self.new} new, "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.rejected} rejected"
        )


#: ``pg_advisory_xact_lock`` key that imports take on PostgreSQL ("VDTi").
IMPORT_LOCK_KEY = 0x56445469
#: Attempts at the write when PostgreSQL still refuses a row another import added.
WRITE_ATTEMPTS = 3


def _serialise(conn: Connection) -> None:
    """Imports into one PostgreSQL database take turns, as SQLite writers queue.

    The lock is held to the end of the transaction; each statement after it sees what
    the import before committed, so the same file imported twice at once is "unchanged"
    the second time instead of a duplicate-key failure.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK_KEY})")


@contextmanager
def _transaction(store: Store, dry_run: bool) -> Iterator[Connection]:
    """One write transaction; a dry run is rolled back (and works on a read-only copy)."""
    if not dry_run:
        with store.write() as conn:
            _serialise(conn)
            yield conn
        return
    try:
        with store.engine.connect().execution_options(tracker_write=True) as conn:
            trans = conn.begin()
            try:
                yield conn
            finally:
                trans.rollback()
    except OperationalError as exc:
        raise DatabaseError(f"{store.describe()}: {exc.orig}") from exc


def _known_commitments(store: Store, refs: set[str]) -> set[str]:
    t = CommitmentRow.__table__
    found: set[str] = set()
    wanted = sorted(refs)
    with store.read() as conn:
        for i in range(0, len(wanted), 500):
            q = sa.select(t.c.ref).where(t.c.ref.in_(wanted[i : i + 500]))
            found.update(conn.scalars(q))
    return found


def _stamp(path: Path) -> tuple[int, int]:
    """Size and modification time: enough to notice a file saved over during an import."""
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _merge(total: ImportResult, part: ImportResult) -> None:
    total.add(part)
    for kind, ids in part.inserted_ids.items():
        total.inserted_ids.setdefault(kind, []).extend(ids)
    for kind, rows in part.updated_before.items():
        total.updated_before.setdefault(kind, []).extend(rows)


def import_file(
    store: Store,
    path: Path | str,
    opts: ReadOptions | None = None,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    record_undo: bool = False,
) -> ImportReport:
    """Check ``path`` and, when clean (or ``skip_invalid``), write it in one transaction.

    ``progress`` is called after each chunk; ``cancelled`` is polled between chunks and
    a true answer stops the import with :class:`ImportCancelled`, nothing written.
    ``record_undo`` keeps in ``report.undo`` what undoes the import in one step (the app
    does; the command line has no undo and skips the cost).

    Raises
    ------
    InputError
        The file cannot be read at all, or some rows are invalid and ``skip_invalid`` is
        false; ``errors`` lists every problem and nothing has been written.
    """
    opts = opts or ReadOptions()
    path = Path(path)
    tick = progress or (lambda phase, fraction: None)

    def stop() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled(f"{path}: import cancelled; nothing written")

    # Pass 1: check every row, writing nothing.
    check_input_path(path)  # missing, a pipe, a device: one clear message, no hang
    stamp = _stamp(path)
    with open_table(path, opts) as table:
        kind = guess_kind(path, table.columns, opts)
        parser = RowParser(path, kind, opts)
        parser.check_columns(table.columns)
        parser.read_as_export(table.columns)
        kept: list[ImportBatch] | None = []
        for chunk in table.chunks():
            stop()
            batch = parser.feed(chunk)
            if kept is not None:
                kept.append(batch)
                # Commitments stay together (revisions fold across chunks); other kinds
                # are read again when writing past a limit, so memory stays bounded
                # (deliveries are kept as columns, small enough for a far higher one).
                limit = KEEP_COLUMN_ROWS if kind == RecordKind.DELIVERY else KEEP_ROWS
                if parser.rows > limit and kind != RecordKind.COMMITMENT:
                    kept = None
            tick("checking", 0.5 * table.fraction_read())
    parser.seen.clear()  # the second pass keeps its own; one at a time bounds memory
    parser.forget_ids()
    if parser.rows == 0:
        raise InputError(f"{path}: a header row but no data rows; nothing to import")
    checked = (parser.rows, parser.rejected)
    wanted = parser.references()
    unknown = wanted - _known_commitments(store, wanted) if wanted else set()
    parser.reject_unknown(unknown)
    report = ImportReport(
        path, kind, parser.rows, rejected=parser.rejected, errors=parser.errors, dry_run=dry_run
    )
    if parser.rejected and not skip_invalid and not dry_run:
        more = parser.rejected > len({e.row for e in parser.errors})
        raise InputError(
            f"{path}: {parser.rejected} of {parser.rows} rows rejected; nothing written"
            + (" (the first problems are listed)" if more else ""),
            parser.errors,
        )

    def batches() -> Iterator[tuple[ImportBatch, float]]:
        if kept is not None and kind == RecordKind.COMMITMENT:
            whole = ImportBatch()
            for b in kept:
                whole.commitments += b.commitments
                whole.revisions += b.revisions
            drop_unknown(whole, unknown)
            yield whole, 1.0
            return
        if kept is not None:
            for i, b in enumerate(kept):
                drop_unknown(b, unknown)
                yield b, (i + 1) / len(kept)
            return
        again = RowParser(path, kind, opts)
        with open_table(path, opts, scan=False) as table:
            again.read_as_export(table.columns)
            for chunk in table.chunks():
                stop()
                b = again.feed(chunk)
                drop_unknown(b, unknown)
                yield b, table.fraction_read()
        if (again.rows, again.rejected) != checked:
            raise InputError(f"{path}: the file changed while it was imported; nothing written")

    if not dry_run and not store.read_only:
        check_before_bulk_write(store, kind)  # a damaged index must not take more rows
        backup_now(store, "pre-import")  # a rotating copy first (tracker.store.backups)
    # Pass 2: write every chunk inside one transaction.
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        result = ImportResult()
        recorder = ImportRecorder() if record_undo and not dry_run else None
        try:
            with _transaction(store, dry_run) as conn, bulk_load(conn):
                for b, done in batches():
                    stop()
                    if recorder:
                        recorder.before_write(conn, b)
                    part = write_batch(conn, b)
                    if recorder:
                        recorder.after_write(conn, part)
                    _merge(result, part)
                    tick("writing", 0.5 + 0.5 * done)
                stop()
                if kept is not None and _stamp(path) != stamp:
                    # Written from what pass 1 kept; the file must still be what was checked.
                    raise InputError(
                        f"{path}: the file changed while it was imported; nothing written"
                    )
                if recorder:
                    report.undo = recorder.finish(conn)
            break
        except IntegrityError as exc:
            if not store.is_sqlite and attempt < WRITE_ATTEMPTS:
                continue  # another writer got there first (rolled back): try again
            raise InputError(
                f"{path}: the database refused a row ({str(exc.orig).splitlines()[0]}); "
                "nothing written"
            ) from exc
    report.new, report.updated, report.unchanged = result.new, result.updated, result.unchanged
    report.result = result
    report.written = not dry_run
    return report
