"""Turning rows of text into validated domain records (the app's own field names).

The file parser's top: which kind a file holds, and :class:`RowParser`, which checks a
file chunk by chunk. The layers below: :mod:`tracker.io.fields` (field names, reading one
cell), :mod:`tracker.io.rows` (the row-by-row check, every message worded) and
:mod:`tracker.io.fast_path` (deliveries column by column, each distinct value once; only
the rows it refuses go row by row). Both paths apply the domain's one rule table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from tracker.domain.enums import RecordKind
from tracker.domain.errors import InputError, ValidationError
from tracker.io import heuristics
from tracker.io.fast_path import check_deliveries
from tracker.io.fields import FIELDS, KINDS, MAX_KEPT_ERRORS, REQUIRED
from tracker.io.rows import RowChecker
from tracker.io.tables import ReadOptions, read_table
from tracker.store.batch import DeliveryColumns, ImportBatch

__all__ = [
    "FIELDS",
    "KINDS",
    "MAX_KEPT_ERRORS",
    "REQUIRED",
    "ParsedFile",
    "RowParser",
    "drop_unknown",
    "guess_kind",
    "parse_file",
    "parse_frame",
]


@dataclass
class ParsedFile:
    """What a file holds once read and checked; nothing is written yet."""

    path: Path
    kind: str
    rows: int
    batch: ImportBatch
    errors: list[ValidationError] = field(default_factory=list)
    rejected: int = 0

    @property
    def rejected_rows(self) -> int:
        return self.rejected


def guess_kind(path: Path, columns: list[str], opts: ReadOptions) -> str:
    if opts.kind:
        if opts.kind not in KINDS:
            raise InputError(f"unknown kind {opts.kind!r} (one of {', '.join(KINDS)})")
        return opts.kind
    stem = path.stem.lower()
    for kind in KINDS:
        if kind in stem or kind.rstrip("s") in stem:
            return kind
    mapped = set(opts.mapping.values())
    effective = [*opts.mapping, *(c for c in columns if c not in mapped)]
    return heuristics.guess_kind(path.name, effective, FIELDS)


class RowParser(RowChecker):
    """Checks one file's rows, chunk by chunk, into :class:`ImportBatch`\\ es."""

    def feed(self, frame: pd.DataFrame, *, fast: bool = True) -> ImportBatch:
        """Check one chunk (index = spreadsheet row numbers); return its valid records.

        Deliveries are checked column by column unless ``fast`` is false (row by row,
        the reference the column-wise check must match).
        """
        # Each id is kept once per file (a repeat is refused), whichever batch holds it.
        batch = ImportBatch(refs_unseen=True)
        self.rows += len(frame)
        if fast and self.kind == RecordKind.DELIVERY:
            check_deliveries(self, frame, batch)
        else:
            self.check_rows(self.rows_of(frame), batch)
        return batch


def drop_unknown(batch: ImportBatch, unknown: set[str]) -> None:
    """Remove the records that name a commitment nobody defines."""
    if unknown:
        batch.revisions = [(ref, r) for ref, r in batch.revisions if ref not in unknown]
        if isinstance(batch.deliveries, DeliveryColumns):
            refs = batch.deliveries.columns["commitment_ref"]
            batch.deliveries = batch.deliveries.keep([r not in unknown for r in refs])
        else:
            batch.deliveries = [d for d in batch.deliveries if d.commitment_ref not in unknown]


def parse_frame(frame: pd.DataFrame, kind: str, opts: ReadOptions, file: str) -> ParsedFile:
    """Check a whole frame (index = spreadsheet row numbers) at once."""
    parser = RowParser(file, kind, opts)
    parser.read_as_export(list(frame.columns))
    parser.check_columns(list(frame.columns))
    batch = parser.feed(frame)
    return ParsedFile(Path(file), kind, parser.rows, batch, parser.errors, parser.rejected)


def parse_file(path: Path | str, opts: ReadOptions | None = None) -> ParsedFile:
    """Read and check ``path``; raises :class:`InputError` for an unreadable file."""
    opts = opts or ReadOptions()
    path = Path(path)
    frame = read_table(path, opts)
    kind = guess_kind(path, list(frame.columns), opts)
    return parse_frame(frame, kind, opts, str(path))
