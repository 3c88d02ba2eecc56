"""Turning rows of text into validated domain records (the app's own field names).

Every problem is collected as a :class:`ValidationError` naming the file, the
spreadsheet row (the header is row 1) and the column as written in the file. A
:class:`RowParser` keeps what it must know across chunks of one file (ids seen, the
commitments the file defines), so a million-row file is checked a chunk at a time.
Deliveries are checked column by column (each distinct value once); only the rows
that check refuses go through the row-by-row check, which words every message.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

import numpy as np
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
from tracker.domain.validation import (
    EARLIEST_DOSE_DATE,
    MAX_DOSES,
    check_actor,
    check_commitment,
    check_date,
    check_delivery,
    check_event,
    check_tally,
    check_vaccine,
)
from tracker.io import heuristics
from tracker.io.tables import ReadOptions, read_table
from tracker.store.importer import DELIVERY_FIELDS, DeliveryColumns, ImportBatch

KINDS = ("commitments", "deliveries", "tallies", "events", "series")
#: Problems kept for the report; every rejected row is still counted.
MAX_KEPT_ERRORS = 1_000

SOURCE_FIELDS = ("source", "other_sources", "confidence", "notes")
_PAIR = "id date donor recipient vaccine doses"
#: The app's own field names per kind, in the column order of its CSV files.
FIELDS: dict[str, tuple[str, ...]] = {
    "commitments": (*f"{_PAIR} deal_type channel status target_date revision_of part_of".split(),
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
_ISO = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?")
#: Spaces that group digits when the declared separator is a space.
_SPACES = (" ", "\u00a0", "\u202f")
_WHOLE = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


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


def _clean(value: str | None) -> str:
    """A cell's text as the parser sees it (see :meth:`_Row.text`): the user's text
    exactly, but for the spaces around it. A leading apostrophe, tab or CR is the user's
    own and is kept; formulas are neutralised only when exporting."""
    return (value or "").strip(" ")


def _unguard(value: str | None) -> str:
    """:func:`_clean` for a file the app exported (its header is exactly the export's):
    the apostrophe the export put before ``= + - @``, tab, CR or LF is removed again, so
    an export reads back as the same records."""
    value = value or ""
    if value[:1] == "'" and (
        (value[1:2] and value[1:2] in _GUARDED)
        or (value[1:2] == "'" and value[2:3] and value[2:3] in _GUARDED)
    ):
        return value[1:]
    return value.strip(" ")


def _refs(cells: list[str]) -> list[str]:
    """:func:`_clean` of every cell (a column of distinct ids or URLs)."""
    if "'" not in "".join(cells):  # the common case, at C speed: only spaces to strip
        return list(map(str.strip, cells))
    return [_clean(v) for v in cells]


#: Marks a value the column-wise check does not accept (the row is then checked alone).
_BAD = object()


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
        return self.parser.clean(self.values.get(name))

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
        seen, h = (self.parser.seen_ids, ref) if ref else (self.parser.seen, hash(key))
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
        #: How a cell's text is read; :meth:`read_as_export` switches it for our exports.
        self.clean = _clean
        self.errors: list[ValidationError] = []
        self.rejected = 0
        self.rows = 0
        self.seen: dict[int, int] = {}  # hash of a natural key -> first row
        self.seen_ids: dict[str, int] = {}  # id -> first row
        self.file_commitments: set[str] = set()
        self.wanted: dict[str, list[int]] = {}  # commitment ref -> rows naming it
        self.wanted_count: dict[str, int] = {}
        self.wanted_column: dict[str, str] = {}  # the column naming it, when not the usual
        self.commitments_by_ref: dict[str, Commitment] = {}
        self._dates: dict[str, dt.date | None] = {}
        self._actors: dict[str, str | None] = {}
        self._choices: dict[type, dict[str, StrEnum | None]] = {}
        sep = " " if opts.thousands in _SPACES else opts.thousands
        self._grouped = re.compile(rf"[0-9]{{1,3}}(?:{re.escape(sep)}[0-9]{{3}})+") if sep else None

    def read_as_export(self, columns: list[str]) -> None:
        """Undo the export's formula guard when ``columns`` are exactly an export's."""
        if list(columns) == list(FIELDS[self.kind]) and not self.opts.mapping:
            self.clean = _unguard

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
            if not raw.isascii() and any(c.isdigit() and not c.isascii() for c in raw):
                pass  # strptime would read digits of other scripts: refused, like numbers
            elif fmt:
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
        """A whole number: ASCII digits, grouped only by the declared thousands separator.

        A space (or no-break space) groups digits only when it is the declared separator:
        "1 5" is never 15. Digits of other scripts (Arabic-Indic, Devanagari, fullwidth)
        are refused, not silently read.
        """
        sep = self.opts.thousands
        text = raw
        if sep in _SPACES:
            sep = " "
            for space in _SPACES:
                text = text.replace(space, " ")
        if not text.isascii():
            odd = next(c for c in text if not c.isascii())
            what = "a digit of another script" if odd.isdigit() else f"the character {odd!r}"
            return 0, (
                f"{raw[:40]!r} is not a whole number: it holds {what} (only the digits "
                "0-9 are read)"
            )
        digits = text
        if sep and sep in digits:
            body = digits.lstrip("+-")
            if not self._grouped.fullmatch(body):
                return 0, f"{raw[:40]!r} is not a whole number grouped by {sep!r} in thousands"
            digits = digits.replace(sep, "")
        if not _WHOLE.fullmatch(digits):
            hint = ""
            if re.fullmatch(r"[0-9]{1,3}([,. ][0-9]{3})+", digits):
                mark = digits[-4]
                option = "space" if mark == " " else mark
                hint = f" (a thousands separator? use --thousands {option})"
            elif " " in digits:
                hint = " (a space is read only as a declared thousands separator)"
            return 0, f"{raw[:40]!r} is not a whole number{hint}"
        if len(digits.lstrip("+-0")) > 15:
            return 0, f"{raw[:40]!r} is implausibly large"
        return int(digits), ""

    def parse_choice(self, enum: type[StrEnum], raw: str) -> StrEnum | None:
        cache = self._choices.setdefault(enum, {})
        if raw not in cache:
            key = heuristics.fold(raw)
            key = heuristics.CHOICE_ALIASES.get(key, key.replace(" ", "_"))
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
        if self.kind == "deliveries":
            self._deliveries_frame(frame, batch)
            return batch
        builder = getattr(self, f"_{self.kind}")
        builder(self._rows(frame), batch)
        return batch

    def _want(self, ref: str, row: int, column: str = "") -> None:
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
        default = "revision_of" if self.kind == "commitments" else "commitment"
        for ref in sorted(unknown):
            name = self.wanted_column.get(ref, default)
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
            part_of = row.text("part_of")
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
            if part_of:
                if part_of == c.ref:
                    row.fail("part_of", "a commitment cannot be part of itself")
                    continue
                c.part_of = part_of
                if part_of not in by_ref:
                    self._want(part_of, row.number, "part_of")
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

    def _delivery(self, row: _Row) -> Delivery | None:
        """Check one row the long way (every message, row by row); the valid record."""
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
            return d
        return None

    def _deliveries(self, rows, batch: ImportBatch) -> None:
        batch.deliveries = DeliveryColumns.from_records(
            d for row in rows if (d := self._delivery(row)) is not None
        )

    # -- deliveries, column by column -------------------------------------------------
    def _by_value(self, values: np.ndarray | None, n: int, convert, bad: np.ndarray) -> list:
        """``convert`` applied once per distinct cleaned value of a column (``None``: the
        column is absent, every cell empty); rows whose value it refuses (``_BAD``) are
        marked in ``bad``."""
        if values is None:
            out = convert("")
            if out is _BAD:
                bad[:] = True
            return [out] * n
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
        converted = [convert(self.clean(u)) for u in uniques.tolist()]
        refused = np.fromiter((c is _BAD for c in converted), bool, len(converted))
        if refused.any():
            bad |= refused[codes]
        table = np.empty(len(converted), dtype=object)
        table[:] = converted
        return table[codes].tolist()

    def _actor_code(self, name: str):  # noqa: ANN202 - a converter for _by_value
        def convert(text: str):  # noqa: ANN202
            code = self.resolve_actor(text) if text else None
            return code if code and not check_actor(code, name) else _BAD

        return convert

    @staticmethod
    def _vaccine_code(text: str):  # noqa: ANN205
        code = vaccines().resolve(text)
        return code if code is not None and not check_vaccine(code) else _BAD

    def _day(self, name: str, required: bool):  # noqa: ANN202
        def convert(text: str):  # noqa: ANN202
            if not text:
                return _BAD if required else None
            day = self.parse_date(text)
            if day is None or check_date(day, name, EARLIEST_DOSE_DATE):
                return _BAD
            return day

        return convert

    def _code(self, enum: type[StrEnum], default: StrEnum | None):  # noqa: ANN202
        def convert(text: str):  # noqa: ANN202
            if not text:
                return default.value if default is not None else None
            value = self.parse_choice(enum, text)
            return _BAD if value is None else value.value

        return convert

    def _doses(self, values: np.ndarray | None, n: int, bad: np.ndarray) -> list[int]:
        if values is None:
            bad[:] = True
            return [0] * n

        def slow(raw: str) -> int:
            text = self.clean(raw)
            if not text:
                return 0
            value, problem = self.parse_whole(text)
            return 0 if problem or value > MAX_DOSES else value

        cells = values.tolist()
        joined = "".join(cells)
        if (
            joined.isascii()
            and joined.isdigit()
            and 0 < min(map(len, cells))
            and max(map(len, cells)) < 12
        ):
            numbers = values.astype(np.int64)  # plain digits only: int() of each
            doses = numbers.tolist()
        else:
            doses = [
                int(v) if v.isascii() and v.isdigit() and len(v) < 12 else slow(v) for v in cells
            ]
            numbers = np.fromiter(doses, np.int64, n)
        bad |= (numbers <= 0) | (numbers > MAX_DOSES)
        return doses

    def _sources_by_value(self, frame: pd.DataFrame, present: dict[str, str], n: int) -> list:
        """Each row's sources; rows citing the same URLs share one list."""
        if "source" not in present and "other_sources" not in present:
            return [[]] * n
        other = present.get("other_sources")
        if "source" in present and (other is None or not frame[other].to_numpy(object).any()):
            # One source column (the usual file): one list per distinct cleaned URL.
            cells = frame[present["source"]].to_numpy(dtype=object)
            codes, found = pd.factorize(cells, use_na_sentinel=False)
            found = found.tolist()
            plain = all(isinstance(u, str) for u in found)
            if self.clean is not _clean:  # an export read back: its formula guard undone
                urls = list(map(self.clean, found))
            else:
                urls = _refs(found) if plain else list(map(_clean, found))
            table = np.empty(len(found), dtype=object)
            table[:] = [[SourceRef(u)] if u else [] for u in urls]
            return table[codes].tolist()
        codes = np.zeros(n, dtype=np.int64)
        uniques: list[list[str]] = [[""], [""]]
        for k, name in enumerate(("source", "other_sources")):
            col = present.get(name)
            if col:
                these, found = pd.factorize(frame[col].to_numpy(dtype=object))
                codes = codes * len(found) + these
                uniques[k] = found.tolist()
        pairs, codes = np.unique(codes, return_inverse=True)
        width = len(uniques[1])
        lists = []
        for pair in pairs.tolist():
            source, other = uniques[0][pair // width], uniques[1][pair % width]
            urls = [self.clean(source), *self.clean(other).split()]
            lists.append([SourceRef(u) for u in dict.fromkeys(urls) if u])
        table = np.empty(len(lists), dtype=object)
        table[:] = lists
        return table[codes].tolist()

    def _deliveries_frame(self, frame: pd.DataFrame, batch: ImportBatch) -> None:
        """Check deliveries column by column; rows the columns refuse (and only those)
        are checked one by one, so every message is the row-by-row one."""
        n = len(frame)
        opts = self.opts
        present = {
            f: opts.column_for(f) for f in FIELDS[self.kind] if opts.column_for(f) in frame.columns
        }
        raw = {f: frame[c].to_numpy(dtype=object) for f, c in present.items()}
        bad = np.zeros(n, dtype=bool)

        def by_value(name: str, convert) -> list:  # noqa: ANN001
            return self._by_value(raw.get(name), n, convert, bad)

        cols: dict[str, list] = {
            "donor": by_value("donor", self._actor_code("donor")),
            "recipient": by_value("recipient", self._actor_code("recipient")),
            "vaccine": by_value("vaccine", self._vaccine_code),
            "doses": self._doses(raw.get("doses"), n, bad),
            "arrived_on": by_value("date", self._day("date", True)),
            "status": by_value("status", self._code(DeliveryStatus, DeliveryStatus.DELIVERED)),
            "deal_type": by_value("deal_type", self._code(DealType, None)),
            "channel": by_value("channel", self._code(Channel, None)),
            "expiry_on": by_value("expiry_date", self._day("expiry_date", False)),
            "confidence": by_value("confidence", self._code(Confidence, Confidence.HIGH)),
            "notes": by_value("notes", lambda t: t),
            "commitment_ref": by_value("commitment", lambda t: t),
            "sources": self._sources_by_value(frame, present, n),
        }
        ids = raw.get("id")
        cols["ref"] = _refs(ids.tolist()) if ids is not None else [""] * n
        bad |= np.fromiter(map(operator.eq, cols["donor"], cols["recipient"]), bool, n)
        numbers = frame.index.tolist()
        keep = np.zeros(n, dtype=bool)
        slow: dict[int, Delivery] = {}
        commitments = cols["commitment_ref"]
        refs = cols["ref"]
        if not bad.any() and all(refs) and not any(commitments):
            # The common case at C speed: every row valid, with an id, none seen before.
            first = dict(zip(refs, numbers, strict=True))
            if len(first) == n and self.seen_ids.keys().isdisjoint(first):
                self.seen_ids.update(first)
                batch.deliveries = DeliveryColumns(cols)
                return
        seen, seen_ids = self.seen, self.seen_ids
        donor, recipient, vaccine = cols["donor"], cols["recipient"], cols["vaccine"]
        arrived, doses = cols["arrived_on"], cols["doses"]
        for i in range(n):
            number = numbers[i]
            if bad[i]:
                row = _Row({f: v[i] for f, v in raw.items()}, number, self)
                d = self._delivery(row)
                if d is not None:
                    slow[i] = d
                continue
            ref = refs[i]
            if ref:
                table, h = seen_ids, ref
            else:
                key = (donor[i], recipient[i], vaccine[i], arrived[i], doses[i])
                table, h = seen, hash(key)
            if h in table:  # a repeat: the row-by-row check words the message
                _Row({}, number, self).unique(ref, () if ref else key, NATURAL)
                continue
            table[h] = number
            keep[i] = True
            if commitments[i]:
                self._want(commitments[i], number)
        for i, d in slow.items():
            keep[i] = True
            for name in DELIVERY_FIELDS:
                value = getattr(d, name)
                if name in ("status", "deal_type", "channel", "confidence"):
                    value = str(value) if value else None
                cols[name][i] = value
        mask = keep.tolist()
        if all(mask):
            batch.deliveries = DeliveryColumns(cols)
        else:
            batch.deliveries = DeliveryColumns(cols).keep(mask)

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
            limit = self.opts.as_of
            if limit is not None and t.as_of is not None and t.as_of > limit:
                row.fail(
                    "date",
                    f"the tally is dated {t.as_of.isoformat()}, after the dataset's as-of date "
                    f"{limit.isoformat()}",
                )
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
                plain = raw.replace(sep, "") if sep else raw
                if not _DECIMAL.fullmatch(plain):  # float() reads "1_000" and other scripts
                    raise ValueError
                value = float(plain)
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
