"""Checking a file's rows one by one into domain records, every problem worded.

:class:`RowChecker` keeps what it must know across chunks of one file (ids and rows
seen, the commitments the file defines), so a million-row file is checked a chunk at a
time. Each problem is a :class:`ValidationError` with a reason code, naming the file,
the spreadsheet row (the header is row 1) and the column as written in the file.
Deliveries usually take the column-wise path (:mod:`tracker.io.fast_path`), which sends
here only the rows it refuses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterator
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import pandas as pd

from tracker.domain.actors import actors
from tracker.domain.enums import (
    Channel,
    CommitmentStatus,
    Confidence,
    DealType,
    DeliveryStatus,
    EventCategory,
    RecordKind,
)
from tracker.domain.errors import InputError, ValidationError
from tracker.domain.records import (
    Commitment,
    ContextSeries,
    Delivery,
    PolicyEvent,
    Revision,
    SeriesPoint,
    SourceRef,
    Tally,
)
from tracker.domain.vaccines import vaccines
from tracker.domain.validation import (
    UNREADABLE,
    check_commitment,
    check_delivery,
    check_event,
    check_tally,
    suggestions,
)
from tracker.io.fields import (
    CONFIDENCE,
    DELIVERY_CHANNEL,
    DELIVERY_DEAL_TYPE,
    DELIVERY_STATUS,
    FEWEST_DOSES,
    FIELDS,
    MAX_KEPT_ERRORS,
    NATURAL,
    REQUIRED,
    CellReader,
    Choice,
    clean,
    unguard,
)
from tracker.io.tables import ReadOptions
from tracker.store.batch import DeliveryColumns, ImportBatch

E = TypeVar("E", bound=StrEnum)
#: Problems the domain reports for a value the row already failed to read (a placeholder
#: stands in for it), so the row is not told twice. An event's title is not required in
#: a file (a placeholder for the title check as well).
_PLACEHOLDER_CODES = UNREADABLE | {"title_required"}


class Row:
    """One row, with field access by the app's names and error collection."""

    __slots__ = ("values", "number", "parser", "ok", "failed")

    def __init__(self, values: dict[str, str], number: int, parser: RowChecker) -> None:
        self.values = values
        self.number = number
        self.parser = parser
        self.ok = True
        self.failed: set[str] = set()

    def fail(self, field_name: str, code: str, /, **params: object) -> None:
        self.report(ValidationError.of(field_name, code, **params))

    def report(self, problem: ValidationError) -> None:
        if self.ok:
            self.parser.rejected += 1
        self.ok = False
        self.failed.add(problem.field)
        self.parser.error(problem, self.number)

    def text(self, name: str) -> str:
        return self.parser.clean(self.values.get(name))

    def date(self, name: str, required: bool = True) -> dt.date | None:
        raw = self.text(name)
        if not raw:
            if required:
                self.fail(name, "date_required")
            return None
        day = self.parser.parse_date(raw)
        if day is None:
            code, params = self.parser.date_issue(raw)
            self.fail(name, code, **params)
        return day

    def doses(self, name: str = "doses") -> int | None:
        raw = self.text(name)
        if not raw:
            self.fail(name, "doses_required")
            return None
        value, issue = self.parser.parse_whole(raw)
        if issue:
            self.fail(name, issue[0], **issue[1])
            return None
        if value < FEWEST_DOSES:
            self.fail(name, "doses_not_positive_got", value=value)
            return None
        return value

    def actor(self, name: str) -> str:
        raw = self.text(name)
        if not raw:
            self.fail(name, "required", field=name)
            return ""
        code = self.parser.resolve_actor(raw)
        if code is None:
            hint = suggestions(actors().suggest(raw))
            self.fail(name, "unknown_field_actor", field=name, value=raw[:60], **hint)
            return ""
        return code

    def vaccine(self) -> str:
        raw = self.text("vaccine")
        code = vaccines().resolve(raw)
        if code is None:
            hint = suggestions(vaccines().suggest(raw))
            self.fail("vaccine", "unknown_vaccine", value=raw[:60], **hint)
            return "mixed"
        return code

    def choice(self, name: str, choice: Choice[E]) -> E | None:
        raw = self.text(name)
        if not raw:
            return choice.default
        value = self.parser.parse_choice(choice.enum, raw)
        if value is None:
            allowed = ", ".join(e.value for e in choice.enum)
            self.fail(name, "not_one_of", value=raw[:40], allowed=allowed)
            return choice.default
        return value

    def sources(self) -> list[SourceRef]:
        urls = [self.text("source"), *self.text("other_sources").split()]
        return [SourceRef(u) for u in dict.fromkeys(urls) if u]

    def check(self, problems: list[ValidationError]) -> None:
        """Add the domain's findings, except for fields already reported for this row."""
        already = set(self.failed)
        for p in problems:
            if p.field in already or (p.field == "recipient" and {"donor", "recipient"} & already):
                continue
            if p.code in _PLACEHOLDER_CODES:
                continue  # placeholders for values that failed to parse
            self.report(p)

    def unique(self, ref: str, key: Hashable, what: str) -> bool:
        """Refuse a row that repeats an earlier row's id, or (without an id) its
        natural key ``key`` (``what`` names its fields, a term of the messages)."""
        first = self.parser.first_row(ref, key, self.number)
        if first is None:
            return True
        if ref:
            self.fail("id", "duplicate_id", ref=ref, first=first)
        else:
            self.fail("date", "duplicate_row", what=what, first=first)
        return False


#: Stands in for a date that did not parse, so the domain rules check the rest of the row
#: (a row with a placeholder is never kept).
_SOME_DAY = dt.date(2021, 1, 1)


class RowChecker(CellReader):
    """Checks one file's rows, chunk by chunk, into :class:`ImportBatch`\\ es."""

    def __init__(self, path: Path | str, kind: str, opts: ReadOptions) -> None:
        super().__init__(opts)
        self.path = Path(path)
        self.file = str(path)
        self.kind = RecordKind(kind)
        #: How a cell's text is read; :meth:`read_as_export` switches it for our exports.
        self.clean = clean
        self.errors: list[ValidationError] = []
        self.rejected = 0
        self.rows = 0
        self.seen: dict[Hashable, int] = {}  # natural key -> first row
        # Ids seen: whole chunks of new ids go into a set in one pass (rows kept aside),
        # folded into the id -> first row dict for good when a row needs one.
        self._ids: dict[str, int] = {}
        self._id_set: set[str] = set()
        self._id_chunks: list[tuple[list[str], list[int]]] = []
        self.file_commitments: set[str] = set()
        self.wanted: dict[str, list[int]] = {}  # commitment ref -> rows naming it
        self.wanted_count: dict[str, int] = {}
        self.wanted_column: dict[str, str] = {}  # the column naming it, when not the usual
        self.commitments_by_ref: dict[str, Commitment] = {}

    def read_as_export(self, columns: list[str]) -> None:
        """Undo the export's formula guard when ``columns`` are exactly an export's."""
        if list(columns) == list(FIELDS[self.kind]) and not self.opts.mapping:
            self.clean = unguard

    # -- problems -----------------------------------------------------------------------
    def error(self, problem: ValidationError, row: int | None) -> None:
        if len(self.errors) < MAX_KEPT_ERRORS:
            column = self.opts.column_for(problem.field)
            self.errors.append(replace(problem, row=row, column=column, file=self.file))

    @property
    def seen_ids(self) -> dict[str, int]:
        """Every id seen so far -> the row that first held it."""
        return self._exact_ids()

    def take_new_ids(self, refs: list[str], numbers: list[int]) -> bool:
        """Remember a chunk's ids (rows ``numbers``) when all are distinct and new; else
        none, and False (the chunk is then checked row by row, which names each repeat).
        One pass: a check, then an update, of an id -> row dict cost 0.5 s a million."""
        if not self._id_chunks and self._ids:  # already folded: stay exact
            first = dict(zip(refs, numbers, strict=True))
            if len(first) == len(refs) and self._ids.keys().isdisjoint(first):
                self._ids.update(first)
                return True
            return False
        before = len(self._id_set)
        self._id_set.update(refs)
        if len(self._id_set) - before == len(refs):
            self._id_chunks.append((refs, numbers))
            return True
        self._exact_ids()  # from now on the dict, without this chunk's ids
        return False

    def _exact_ids(self) -> dict[str, int]:
        if self._id_chunks:
            for refs, numbers in self._id_chunks:  # in file order; each id once
                self._ids.update(zip(refs, numbers, strict=True))
            self._id_chunks.clear()
        self._id_set.clear()
        return self._ids

    def forget_ids(self) -> None:
        """Drop the ids seen (between the two passes: one pass's memory at a time)."""
        self._ids, self._id_set, self._id_chunks = {}, set(), []

    def first_row(self, ref: str, key: Hashable, number: int) -> int | None:
        """The row that first held id ``ref`` (or, without an id, the natural ``key``);
        ``None`` when this row ``number`` is the first (it is then remembered). Keys are
        compared, not their hashes."""
        if ref:
            first = self._exact_ids().setdefault(ref, number)
        else:
            first = self.seen.setdefault(key, number)
        return None if first == number else first

    def check_columns(self, columns: list[str]) -> None:
        kind, opts, file = self.kind, self.opts, self.file
        for f, col in opts.mapping.items():
            if f not in FIELDS[kind]:
                raise InputError(
                    f"--map {f}={col}: {f!r} is not a field of {kind} "
                    f"(fields: {', '.join(FIELDS[kind])})"
                )
            if col not in columns:
                raise InputError(
                    f"{file}: --map {f}={col}: no column {col!r} (columns: {', '.join(columns)})"
                )
        missing = [opts.column_for(f) for f in REQUIRED[kind] if opts.column_for(f) not in columns]
        if missing:
            raise InputError(
                f"{file}: missing required column(s) {', '.join(map(repr, missing))} for "
                f"{kind} (columns found: {', '.join(columns) or 'none'}); "
                "use --map FIELD=COLUMN"
            )

    def present(self, frame: pd.DataFrame) -> dict[str, str]:
        """The kind's fields that ``frame`` has, with their columns."""
        opts = self.opts
        return {
            f: opts.column_for(f) for f in FIELDS[self.kind] if opts.column_for(f) in frame.columns
        }

    def rows_of(self, frame: pd.DataFrame) -> Iterator[Row]:
        columns = {f: frame[c].tolist() for f, c in self.present(frame).items()}
        numbers = frame.index.tolist()
        names = list(columns)
        for i, values in enumerate(zip(*columns.values(), strict=True)):
            yield Row(dict(zip(names, values, strict=True)), int(numbers[i]), self)

    # -- commitments named by other rows ------------------------------------------------
    def want(self, ref: str, row: int, column: str = "") -> None:
        if column:
            self.wanted_column.setdefault(ref, column)
        if ref not in self.file_commitments:
            rows = self.wanted.setdefault(ref, [])
            if len(rows) < 50:
                rows.append(row)
            self.wanted_count[ref] = self.wanted_count.get(ref, 0) + 1

    def references(self) -> set[str]:
        """Commitment ids named by rows but not defined in the file (maybe in the database)."""
        return set(self.wanted) - self.file_commitments

    def reject_unknown(self, unknown: set[str]) -> None:
        """Report rows naming a commitment that exists neither in the file nor the store."""
        default = "revision_of" if self.kind == RecordKind.COMMITMENT else "commitment"
        for ref in sorted(unknown):
            name = self.wanted_column.get(ref, default)
            for row in self.wanted.get(ref, []):
                self.error(ValidationError.of(name, "no_such_commitment", ref=ref), row)
            self.rejected += self.wanted_count.get(ref, 0)

    # -- per kind -----------------------------------------------------------------------
    def check_rows(self, rows: Iterator[Row], batch: ImportBatch) -> None:
        """Check ``rows`` (of this file's kind) into ``batch``."""
        if self.kind == RecordKind.COMMITMENT:
            self._commitments(rows, batch)
        elif self.kind == RecordKind.DELIVERY:
            batch.deliveries = DeliveryColumns.from_records(
                d for row in rows if (d := self.delivery(row)) is not None
            )
        elif self.kind == RecordKind.TALLY:
            batch.tallies.extend(t for row in rows if (t := self._tally(row)) is not None)
        elif self.kind == RecordKind.EVENT:
            batch.events.extend(e for row in rows if (e := self._event(row)) is not None)
        else:
            self._series(rows, batch)

    def _common(self, row: Row) -> tuple[str, str, list[SourceRef], Confidence]:
        """The id, notes, sources and confidence every kind but series has."""
        confidence = row.choice("confidence", CONFIDENCE) or Confidence.HIGH
        return row.text("id"), row.text("notes"), row.sources(), confidence

    def _commitments(self, rows: Iterator[Row], batch: ImportBatch) -> None:
        # Across chunks: a revision folds into its commitment wherever it appears (the
        # importer keeps a commitments file's batches together until they are written).
        by_ref = self.commitments_by_ref
        for row in rows:
            donor, recipient = row.actor("donor"), row.actor("recipient")
            vaccine, doses, day = row.vaccine(), row.doses(), row.date("date")
            deal = row.choice("deal_type", Choice(DealType, DealType.DONATION))
            channel = row.choice("channel", Choice(Channel, Channel.BILATERAL))
            status = row.choice("status", Choice(CommitmentStatus, CommitmentStatus.ANNOUNCED))
            target = row.date("target_date", required=False)
            ref, notes, sources, confidence = self._common(row)
            parent = row.text("revision_of")
            part_of = row.text("part_of")
            if ref and not row.unique(ref, (), ""):
                continue
            if not row.ok or doses is None or day is None:
                continue
            assert deal is not None and channel is not None and status is not None
            if parent:
                rev = Revision(day, doses, status, ref, notes, sources)
                if parent in by_ref:
                    base = by_ref[parent]
                    if (donor, recipient, vaccine) != (base.donor, base.recipient, base.vaccine):
                        row.fail("revision_of", "revision_other_parties", parent=parent)
                        continue
                    if day < base.announced_on:
                        row.fail("date", "revision_before_parent", parent=parent)
                        continue
                    base.revisions.append(rev)
                else:
                    self.want(parent, row.number)
                    batch.revisions.append((parent, rev))
                continue
            c = Commitment(
                donor, recipient, vaccine, doses, day, deal, channel, status, target,
                confidence=confidence, notes=notes, ref=ref, sources=sources,
            )  # fmt: skip
            if part_of:
                if part_of == c.ref:
                    row.fail("part_of", "part_of_itself")
                    continue
                c.part_of = part_of
                if part_of not in by_ref:
                    self.want(part_of, row.number, "part_of")
            row.check(check_commitment(c))
            key = (donor, recipient, vaccine, day, doses)
            if row.ok and not c.ref and not row.unique("", key, NATURAL):
                continue
            if row.ok:
                batch.commitments.append(c)
                if c.ref:
                    by_ref[c.ref] = c
                    self.file_commitments.add(c.ref)
                    self.wanted.pop(c.ref, None)
                    self.wanted_count.pop(c.ref, None)

    def _dose_record(self, row: Row) -> tuple[str, str, str, int, dt.date | None]:
        """Donor, recipient, vaccine, doses and date, read in this order; doses that did
        not parse read as 1 (a placeholder, so the domain rules check the rest)."""
        donor, recipient, vaccine = row.actor("donor"), row.actor("recipient"), row.vaccine()
        return donor, recipient, vaccine, row.doses() or 1, row.date("date")

    def delivery(self, row: Row) -> Delivery | None:
        """Check one row the long way (every message, row by row); the valid record."""
        donor, recipient, vaccine, doses, day = self._dose_record(row)
        status = row.choice("status", DELIVERY_STATUS)
        deal = row.choice("deal_type", DELIVERY_DEAL_TYPE)
        channel = row.choice("channel", DELIVERY_CHANNEL)
        expiry = row.date("expiry_date", required=False)
        commitment = row.text("commitment")
        ref, notes, sources, confidence = self._common(row)
        d = Delivery(
            donor, recipient, vaccine, doses, day or _SOME_DAY,
            status or DeliveryStatus.DELIVERED, None, deal, channel, expiry,
            commitment_ref=commitment, ref=ref, notes=notes, sources=sources,
            confidence=confidence,
        )  # fmt: skip
        row.check(check_delivery(d))
        key = (d.donor, d.recipient, d.vaccine, d.arrived_on, d.doses)
        if (row.ok or d.ref) and row.unique(d.ref, key, NATURAL) and row.ok:
            if d.commitment_ref:
                self.want(d.commitment_ref, row.number)
            return d
        return None

    def _tally(self, row: Row) -> Tally | None:
        donor, recipient, vaccine, doses, day = self._dose_record(row)
        ref, notes, sources, confidence = self._common(row)
        t = Tally(
            donor, recipient, vaccine, doses, day or _SOME_DAY,
            ref=ref, notes=notes, sources=sources, confidence=confidence,
        )  # fmt: skip
        row.check(check_tally(t))
        limit = self.opts.as_of
        if limit is not None and day is not None and day > limit:
            row.fail("date", "tally_after_as_of", value=day.isoformat(), limit=limit.isoformat())
        key = (t.donor, t.recipient, t.vaccine, t.as_of, t.doses)
        if (row.ok or t.ref) and row.unique(t.ref, key, NATURAL) and row.ok:
            return t
        return None

    def _event(self, row: Row) -> PolicyEvent | None:
        codes = []
        for name in filter(None, (p.strip() for p in row.text("actors").split(";"))):
            code = self.resolve_actor(name)
            if code is None:
                hint = suggestions(actors().suggest(name))
                row.fail("actors", "unknown_actor", value=name[:60], **hint)
            else:
                codes.append(code)
        day, title = row.date("date"), row.text("title")
        category = row.choice("category", Choice(EventCategory, EventCategory.OTHER))
        end, description = row.date("end_date", required=False), row.text("description")
        ref, notes, sources, confidence = self._common(row)
        e = PolicyEvent(
            day or _SOME_DAY, title, category or EventCategory.OTHER, end, description,
            tuple(codes), ref=ref, notes=notes, sources=sources, confidence=confidence,
        )  # fmt: skip
        if row.ok:
            row.check(check_event(e))
        key = ("event", e.start_on, e.title)
        if (row.ok or e.ref) and row.unique(e.ref, key, "date_title") and row.ok:
            return e
        return None

    def _series(self, rows: Iterator[Row], batch: ImportBatch) -> None:
        by_code: dict[str, ContextSeries] = {}
        for row in rows:
            code, day, raw = row.text("series"), row.date("date"), row.text("value")
            if not code:
                row.fail("series", "series_required")
            value = self.parse_decimal(raw)
            if value is None:
                row.fail("value", "not_a_number", value=raw[:40])
            if not row.ok or day is None or value is None:
                continue
            if not row.unique("", ("point", code, day), "series_date"):
                continue
            s = by_code.get(code)
            if s is None:
                s = by_code[code] = ContextSeries(
                    code,
                    row.text("title") or code,
                    row.text("unit"),
                    row.sources(),
                    row.text("notes"),
                )
                batch.series.append(s)
            s.points.append(SeriesPoint(code, day, value))
