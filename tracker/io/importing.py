"""Import files into the store: check everything first, then write in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from tracker.domain.errors import InputError, ValidationError
from tracker.io.parse import ParsedFile, parse_file
from tracker.io.tables import ReadOptions
from tracker.store.database import Store
from tracker.store.importer import ImportResult, import_batch
from tracker.store.models import CommitmentRow


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

    def summary(self) -> str:
        verb = (
            "would import" if self.dry_run else ("imported" if self.written else "nothing written")
        )
        return (
            f"{self.path.name}: {self.rows} {self.kind} rows; {verb}: {self.new} new, "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.rejected} rejected"
        )


def _check_references(store: Store, parsed: ParsedFile) -> None:
    """Revisions and deliveries may point at commitments already in the database."""
    batch = parsed.batch
    in_file = {c.ref for c in batch.commitments if c.ref}
    wanted = {ref for ref, _ in batch.revisions} | {
        d.commitment_ref for d in batch.deliveries if d.commitment_ref
    }
    missing = wanted - in_file
    if not missing:
        return
    t = CommitmentRow.__table__
    with store.read() as conn:
        found = set(conn.scalars(sa.select(t.c.ref).where(t.c.ref.in_(missing))))
    unknown = missing - found
    if not unknown:
        return
    # Report each offending row; drop them from the batch.
    keep_revs = []
    for ref, rev in batch.revisions:
        if ref in unknown:
            parsed.errors.append(
                ValidationError(
                    "revision_of", f"no commitment with id {ref!r}", file=str(parsed.path), row=None
                )
            )
        else:
            keep_revs.append((ref, rev))
    batch.revisions = keep_revs
    keep = []
    for d in batch.deliveries:
        if d.commitment_ref in unknown:
            parsed.errors.append(
                ValidationError(
                    "commitment",
                    f"delivery {d.ref or d.arrived_on} names unknown commitment "
                    f"{d.commitment_ref!r}",
                    file=str(parsed.path),
                )
            )
        else:
            keep.append(d)
    batch.deliveries = keep


def import_file(
    store: Store,
    path: Path | str,
    opts: ReadOptions | None = None,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
) -> ImportReport:
    """Check ``path`` and, when clean (or ``skip_invalid``), write it in one transaction.

    Raises
    ------
    InputError
        The file cannot be read at all, or some rows are invalid and ``skip_invalid`` is
        false; ``errors`` lists every problem and nothing has been written.
    """
    parsed = parse_file(path, opts)
    _check_references(store, parsed)
    report = ImportReport(
        Path(path),
        parsed.kind,
        parsed.rows,
        errors=parsed.errors,
        rejected=parsed.rejected_rows,
        dry_run=dry_run,
    )
    if parsed.errors and not skip_invalid and not dry_run:
        raise InputError(
            f"{path}: {report.rejected} of {parsed.rows} rows rejected; nothing written",
            parsed.errors,
        )
    result = import_batch(store, parsed.batch, dry_run=dry_run)
    report.new, report.updated, report.unchanged = result.new, result.updated, result.unchanged
    report.result = result
    report.written = not dry_run
    return report
