"""Turning rows of text into validated domain records (the app's own field names).

Every problem is collected as a :class:`ValidationError` naming the file, the
spreadsheet row (the header is row 1) and the column as written in the file. A
:class:`RowParser` keeps what it must know across chunks of one file (ids seen, the
commitments the file defines), so a million-row file is checked a chunk at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

import pandas as pd

from tracker.domain.actors import actors
from tracker.domain.enums import (
    Channel,
    CommitmentStatus,
    Confidence,
    DealType,
    DeliveryStatus,
    EventCategory,
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
from tracker.domain.validation import check_commitment, check_delivery, check_event, check_tally
from tracker.io import guess
from tracker.io.tables import ReadOptions, read_table
from tracker.store.importer import ImportBatch

KINDS = ("commitments", "deliveries", "tallies", "events", "series")
#: Problems kept for the report; every rejected row is still counted.
MAX_KEPT_ERRORS = 1_000

SOURCE_FIELDS = ("source", "other_sources", "confidence", "notes")
_PAIR = "id date donor recipient vaccine doses"
#: The app's own field names per kind, in the column order of its CSV files.
FIELDS: dict[str, tuple[str, ...]] = {
    "commitments": (*f"{_PAIR} deal_type channel status target_date revision_of".split(),
                    *SOURCE_FIELDS),
    "deliveries": (*f"{_PAIR} status commitment deal_type channel expiry_date".split(),
                   *SOURCE_FIELDS),
    "tallies": (*_PAIR.split(), *SOURCE_FIELDS),
    "events": (*"id date end_date title description category actors".split(), *SOURCE_FIELDS),
    "series": tuple("series title unit date value source notes".split()),
}  # fmt: skip
REQUIRED: dict[str, tuple[str, ...]] = {
    "commitments": ("date", "donor", "recipient", "doses"),
    "deliveries": ("date", "donor", "recipient", "doses"),
    "tallies": ("date", "donor", "recipient", "doses"),
    "events": ("date", "title"),
    "series": ("series", "date", "value"),
}
NATURAL = "donor, recipient, vaccine, date and doses"
_GUARDED = ("=", "+", "-", "@", "\t", "\r", "\n")
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")


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
    return guess.guess_kind(path.name, effective, FIELDS)


def _suggestion(hint: list[str]) -> str:
    return f"; did you mean {', '.join(hint)}?" if hint else ""


class _Row:
    """One row, with field access by the app's names and error collection."""

    __slots__ = ("values", "number", "parser", "ok", "failed")

    def __init__(self, values: dict[str, str], number: int, parser: RowParser) -> None:
        self.values = values
        self.number = number
        self.parser = parser
        self.ok = True
        self.failed: set[str] = set()

    def fail(self, field_name: str, reason: str) -> None:
        if self.ok:
            self.parser.rejected += 1
        self.ok = False
        self.failed.add(field_name)
        self.parser.error(field_name, reason, self.number)

    def text(self, name: str) -> str:
        value = self.values.get(name) or ""
        # Undo our own export's formula guard ("'=..." was written for "=...").
        if value[:1] == "'" and value[1:2] in _GUARDED and value[1:2]:
            return value[1:]
        return value.strip()

    def date(self, name: str, required: bool = True) -> dt.date | None:
        raw = self.text(name)
        if not raw:
            if required:
                self.fail(name, "a date is required")
            return None
        day = self.parser.parse_date(raw)
        if day is None:
            fmt = self.parser.opts.date_format or "YYYY-MM-DD"
            self.fail(name, f"{raw[:40]!r} is not a real date in the format {fmt}")
        return day

    def doses(self, name: str = "doses") -> int | None:
        raw = self.text(name)
        if not raw:
            self.fail(name, "doses are required")
            return None
        value, problem = self.parser.parse_whole(raw)
        if problem:
            self.fail(name, problem)
            return None
        if value <= 0:
            self.fail(name, f"doses must be greater than 0 (got {value})")
            return None
        return value

    def actor(self, name: str) -> str:
        raw = self.text(name)
        if not raw:
            self.fail(name, f"{name} is required")
            return ""
        code = self.parser.resolve_actor(raw)
        if code is None:
            self.fail(name, f"unknown {name} {raw[:60]!r}{_suggestion(actors().suggest(raw))}")
            return ""
        return code

    def vaccine(self) -> str:
        raw = self.text("vaccine")
        code = vaccines().resolve(raw)
        if code is None:
            hint = _suggestion(vaccines().suggest(raw))
            self.fail("vaccine", f"unknown vaccine {raw[:60]!r}{hint}")
            return "mixed"
        return code

    def choice(self, name: str, enum: type[StrEnum], default: StrEnum | None) -> StrEnum | None:
        raw = self.text(name)
        if not raw:
            return default
        value = self.parser.parse_choice(enum, raw)
        if value is None:
            allowed = ", ".join(e.value for e in enum)
            self.fail(name, f"{raw[:40]!r} is not one of: {allowed}")
            return default
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
            if "unknown" in p.reason or "required" in p.reason:
                continue  # placeholders for values that failed to parse
            self.fail(p.field, p.reason)

    def unique(self, ref: str, key: tuple, what: str) -> bool:
        """Refuse a row that repeats an earlier row's id, or (without an id) its
        natural key ``key`` (``what`` names its fields)."""
        seen = self.parser.seen
        h = hash(("id", ref) if ref else key)
        first = seen.get(h)
        if first is None:
            seen[h] = self.number
            return True
        if ref:
            self.fail("id", f"id {ref!r} appears twice in the file (first in row {first})")
        else:
            self.fail(
                "date",
                f"the same {what} as row {first}; rows without an id must differ "
                "(add an id column to keep both)",
            )
        return False


_SOME_DAY = dt.date(2021, 1, 1)


def _placeholders(record, date_field: str = "arrived_on"):
    """Fill unparsed values so the domain rules can still check the rest of the row."""
    changes = {}
    if getattr(record, date_field) is None:
        changes[date_field] = _SOME_DAY
    if not record.doses:
        changes["doses"] = 1
    return replace(record, **changes) if changes else record


class RowParser:
    """Checks one file's rows, chunk by chunk, into :class:`ImportBatch`\\ es."""

    def __init__(self, path: Path | str, kind: str, opts: ReadOptions) -> None:
        self.path = Path(path)
        self.file = str(path)
        self.kind = kind
        self.opts = opts
        self.errors: list[ValidationError] = []
        self.rejected = 0
        self.rows = 0
        self.seen: dict[int, int] = {}  # hash of id or natural key -> first row
        self.file_commitments: set[str] = set()
        self.wanted: dict[str, list[int]] = {}  # commitment ref -> rows naming it
        self.wanted_count: dict[str, int] = {}
        self.commitments_by_ref: dict[str, Commitment] = {}
        self._dates: dict[str, dt.date | None] = {}
        self._actors: dict[str, str | None] = {}
        self._choices: dict[type, dict[str, StrEnum | None]] = {}
        sep = opts.thousands
        self._grouped = re.compile(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+") if sep else None

    # -- problems -----------------------------------------------------------------------
    def error(self, field_name: str, reason: str, row: int | None) -> None:
        if len(self.errors) < MAX_KEPT_ERRORS:
            column = self.opts.column_for(field_name)
            self.errors.append(ValidationError(field_name, reason, row, column, self.file))

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

    # -- cached conversions -------------------------------------------------------------
    def parse_date(self, raw: str) -> dt.date | None:
        if raw in self._dates:
            return self._dates[raw]
        day = None
        fmt = self.opts.date_format
        try:
            if fmt:
                day = dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            pass
        if day is None and (m := _ISO.fullmatch(raw)):
            try:
                day = dt.date.fromisoformat(m.group(1))
            except ValueError:
                pass
        if len(self._dates) > 50_000:
            self._dates.clear()
        self._dates[raw] = day
        return day

    def parse_whole(self, raw: str) -> tuple[int, str]:
        digits = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        sep = self.opts.thousands
        if sep and sep in digits:
            body = digits.lstrip("+-")
            if not self._grouped.fullmatch(body):
                return 0, f"{raw[:40]!r} is not a whole number grouped by {sep!r} in thousands"
            digits = digits.replace(sep, "")
        if not re.fullmatch(r"[+-]?\d+", digits):
            hint = ""
            if re.fullmatch(r"\d{1,3}([,.]\d{3})+", digits):
                hint = f" (a thousands separator? use --thousands {digits[-4]})"
            return 0, f"{raw[:40]!r} is not a whole number{hint}"
        if len(digits.lstrip("+-0")) > 15:
            return 0, f"{raw[:40]!r} is implausibly large"
        return int(digits), ""

    def parse_choice(self, enum: type[StrEnum], raw: str) -> StrEnum | None:
        cache = self._choices.setdefault(enum, {})
        if raw not in cache:
            key = guess.fold(raw)
            key = guess.CHOICE_ALIASES.get(key, key.replace(" ", "_"))
            cache[raw] = enum(key) if key in enum._value2member_map_ else None
        return cache[raw]

    def resolve_actor(self, raw: str) -> str | None:
        if raw not in self._actors:
            if len(self._actors) > 50_000:
                self._actors.clear()
            self._actors[raw] = actors().resolve(raw)
        return self._actors[raw]

    # -- rows ---------------------------------------------------------------------------
    def _rows(self, frame: pd.DataFrame):
        opts = self.opts
        present = {
            f: opts.column_for(f) for f in FIELDS[self.kind] if opts.column_for(f) in frame.columns
        }
        columns = {f: frame[c].tolist() for f, c in present.items()}
        numbers = frame.index.tolist()
        names = list(columns)
        for i, values in enumerate(zip(*columns.values(), strict=True)):
            yield _Row(dict(zip(names, values, strict=True)), int(numbers[i]), self)

    def feed(self, frame: pd.DataFrame) -> ImportBatch:
        """Check one chunk (index = spreadsheet row numbers); return its valid records."""
        batch = ImportBatch()
        self.rows += len(frame)
        builder = getattr(self, f"_{self.kind}")
        builder(self._rows(frame), batch)
        return batch

    def _want(self, ref: str, row: int) -> None:
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
        name = "revision_of" if self.kind == "commitments" else "commitment"
        for ref in sorted(unknown):
            for row in self.wanted.get(ref, []):
                self.error(name, f"no commitment with id {ref!r} in the file or the database", row)
            self.rejected += self.wanted_count.get(ref, 0)

    def _common(self, row: _Row) -> dict:
        return {
            "ref": row.text("id"),
            "notes": row.text("notes"),
            "sources": row.sources(),
            "confidence": row.choice("confidence", Confidence, Confidence.HIGH),
        }

    # -- per kind -----------------------------------------------------------------------
    def _commitments(self, rows, batch: ImportBatch) -> None:
        # Across chunks: a revision folds into its commitment wherever it appears (the
        # importer keeps a commitments file's batches together until they are written).
        by_ref = self.commitments_by_ref
        for row in rows:
            donor, recipient = row.actor("donor"), row.actor("recipient")
            vaccine, doses, day = row.vaccine(), row.doses(), row.date("date")
            deal = row.choice("deal_type", DealType, DealType.DONATION)
            channel = row.choice("channel", Channel, Channel.BILATERAL)
            status = row.choice("status", CommitmentStatus, CommitmentStatus.ANNOUNCED)
            target = row.date("target_date", required=False)
            common = self._common(row)
            parent = row.text("revision_of")
            if common["ref"] and not row.unique(common["ref"], (), ""):
                continue
            if not row.ok:
                continue
            if parent:
                rev = Revision(
                    day, doses, status, common["ref"], common["notes"], common["sources"]
                )
                if parent in by_ref:
                    base = by_ref[parent]
                    if (donor, recipient, vaccine) != (base.donor, base.recipient, base.vaccine):
                        row.fail(
                            "revision_of",
                            f"revises {parent} but names a different donor, recipient or vaccine",
                        )
                        continue
                    if day < base.announced_on:
                        row.fail("date", f"a revision cannot predate {parent}'s announcement")
                        continue
                    base.revisions.append(rev)
                else:
                    self._want(parent, row.number)
                    batch.revisions.append((parent, rev))
                continue
            c = Commitment(
                donor, recipient, vaccine, doses, day, deal, channel, status, target, **common
            )
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

    def _deliveries(self, rows, batch: ImportBatch) -> None:
        for row in rows:
            d = Delivery(
                row.actor("donor"),
                row.actor("recipient"),
                row.vaccine(),
                row.doses() or 0,
                row.date("date"),
                row.choice("status", DeliveryStatus, DeliveryStatus.DELIVERED),
                None,
                row.choice("deal_type", DealType, None),
                row.choice("channel", Channel, None),
                row.date("expiry_date", required=False),
                commitment_ref=row.text("commitment"),
                **self._common(row),
            )
            row.check(check_delivery(_placeholders(d)))
            key = (d.donor, d.recipient, d.vaccine, d.arrived_on, d.doses)
            if (row.ok or d.ref) and row.unique(d.ref, key, NATURAL) and row.ok:
                if d.commitment_ref:
                    self._want(d.commitment_ref, row.number)
                batch.deliveries.append(d)

    def _tallies(self, rows, batch: ImportBatch) -> None:
        for row in rows:
            t = Tally(
                row.actor("donor"),
                row.actor("recipient"),
                row.vaccine(),
                row.doses() or 0,
                row.date("date"),
                **self._common(row),
            )
            row.check(check_tally(_placeholders(t, "as_of")))
            key = (t.donor, t.recipient, t.vaccine, t.as_of, t.doses)
            if (row.ok or t.ref) and row.unique(t.ref, key, NATURAL) and row.ok:
                batch.tallies.append(t)

    def _events(self, rows, batch: ImportBatch) -> None:
        for row in rows:
            codes = []
            for name in filter(None, (p.strip() for p in row.text("actors").split(";"))):
                code = self.resolve_actor(name)
                if code is None:
                    row.fail(
                        "actors",
                        f"unknown actor {name[:60]!r}{_suggestion(actors().suggest(name))}",
                    )
                else:
                    codes.append(code)
            e = PolicyEvent(
                row.date("date"),
                row.text("title"),
                row.choice("category", EventCategory, EventCategory.OTHER),
                row.date("end_date", required=False),
                row.text("description"),
                tuple(codes),
                **self._common(row),
            )
            if row.ok:
                row.check(check_event(e))
            key = ("event", e.start_on, e.title)
            if (row.ok or e.ref) and row.unique(e.ref, key, "date and title") and row.ok:
                batch.events.append(e)

    def _series(self, rows, batch: ImportBatch) -> None:
        by_code: dict[str, ContextSeries] = {}
        for row in rows:
            code, day, raw = row.text("series"), row.date("date"), row.text("value")
            if not code:
                row.fail("series", "a series code is required")
            value = None
            sep = self.opts.thousands
            try:
                value = float(raw.replace(sep, "") if sep else raw)
                if value != value or value in (float("inf"), float("-inf")):
                    raise ValueError
            except ValueError:
                row.fail("value", f"{raw[:40]!r} is not a number")
            if not row.ok:
                continue
            if not row.unique("", ("point", code, day), "series and date"):
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


def drop_unknown(batch: ImportBatch, unknown: set[str]) -> None:
    """Remove the records that name a commitment nobody defines."""
    if unknown:
        batch.revisions = [(ref, r) for ref, r in batch.revisions if ref not in unknown]
        batch.deliveries = [d for d in batch.deliveries if d.commitment_ref not in unknown]


def parse_frame(frame: pd.DataFrame, kind: str, opts: ReadOptions, file: str) -> ParsedFile:
    """Check a whole frame (index = spreadsheet row numbers) at once."""
    parser = RowParser(file, kind, opts)
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
