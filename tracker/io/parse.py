"""Turning rows of text into validated domain records (the app's own field names).

Every problem is collected as a :class:`ValidationError` naming the file, the
spreadsheet row (the header is row 1) and the column as written in the file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
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
from tracker.io.tables import ReadOptions, read_table
from tracker.store.importer import ImportBatch

KINDS = ("commitments", "deliveries", "tallies", "events", "series")

SOURCE_FIELDS = ("source", "other_sources", "confidence", "notes")
FIELDS: dict[str, tuple[str, ...]] = {
    "commitments": (
        "id",
        "date",
        "donor",
        "recipient",
        "vaccine",
        "doses",
        "deal_type",
        "channel",
        "status",
        "target_date",
        "revision_of",
        *SOURCE_FIELDS,
    ),
    "deliveries": (
        "id",
        "date",
        "donor",
        "recipient",
        "vaccine",
        "doses",
        "status",
        "commitment",
        "deal_type",
        "channel",
        "expiry_date",
        *SOURCE_FIELDS,
    ),
    "tallies": ("id", "date", "donor", "recipient", "vaccine", "doses", *SOURCE_FIELDS),
    "events": (
        "id",
        "date",
        "end_date",
        "title",
        "description",
        "category",
        "actors",
        *SOURCE_FIELDS,
    ),
    "series": ("series", "title", "unit", "date", "value", "source", "notes"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "commitments": ("date", "donor", "recipient", "doses"),
    "deliveries": ("date", "donor", "recipient", "doses"),
    "tallies": ("date", "donor", "recipient", "doses"),
    "events": ("date", "title"),
    "series": ("series", "date", "value"),
}


@dataclass
class ParsedFile:
    """What a file holds once read and checked; nothing is written yet."""

    path: Path
    kind: str
    rows: int
    batch: ImportBatch
    errors: list[ValidationError] = field(default_factory=list)

    @property
    def rejected_rows(self) -> int:
        return len({e.row for e in self.errors})


def guess_kind(path: Path, columns: list[str], opts: ReadOptions) -> str:
    if opts.kind:
        if opts.kind not in KINDS:
            raise InputError(f"unknown kind {opts.kind!r} (one of {', '.join(KINDS)})")
        return opts.kind
    stem = path.stem.lower()
    for kind in KINDS:
        if kind in stem or kind.rstrip("s") in stem:
            return kind
    cols = set(columns) | set(opts.mapping)
    if {"series", "value"} <= cols:
        return "series"
    if "title" in cols:
        return "events"
    if "revision_of" in cols or "deal_type" in cols and "commitment" not in cols:
        return "commitments"
    return "deliveries"


class _Row:
    """One row, with field access by the app's names and error collection."""

    def __init__(
        self,
        values: dict[str, str],
        number: int,
        opts: ReadOptions,
        file: str,
        errors: list[ValidationError],
    ) -> None:
        self.values = values
        self.number = number
        self.opts = opts
        self.file = file
        self.errors = errors
        self.ok = True
        self.failed: set[str] = set()

    def fail(self, field_name: str, reason: str) -> None:
        self.ok = False
        self.failed.add(field_name)
        self.errors.append(
            ValidationError(
                field_name,
                reason,
                row=self.number,
                column=self.opts.column_for(field_name),
                file=self.file,
            )
        )

    def text(self, name: str) -> str:
        value = self.values.get(name) or ""
        # Undo our own export's formula guard ("'=..." was written for "=...").
        if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r", "\n"):
            return value[1:]
        return value.strip()

    def date(self, name: str, required: bool = True) -> dt.date | None:
        raw = self.text(name)
        if not raw:
            if required:
                self.fail(name, "a date is required")
            return None
        try:
            if self.opts.date_format:
                return dt.datetime.strptime(raw, self.opts.date_format).date()
            return (
                dt.date.fromisoformat(raw[:10])
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T]00:00(:00)?)?", raw)
                else _bad_date()
            )
        except ValueError:
            fmt = self.opts.date_format or "YYYY-MM-DD"
            self.fail(name, f"{raw!r} is not a real date in the format {fmt}")
            return None

    def doses(self, name: str = "doses") -> int | None:
        raw = self.text(name)
        if not raw:
            self.fail(name, "doses are required")
            return None
        digits = raw.replace(" ", "").replace("\u00a0", "")
        if self.opts.thousands:
            digits = digits.replace(self.opts.thousands, "")
        if not re.fullmatch(r"[+-]?\d+", digits):
            self.fail(name, f"{raw!r} is not a whole number of doses")
            return None
        value = int(digits)
        if value <= 0:
            self.fail(name, f"doses must be greater than 0 (got {value})")
            return None
        return value

    def actor(self, name: str) -> str:
        raw = self.text(name)
        if not raw:
            self.fail(name, f"{name} is required")
            return ""
        code = actors().resolve(raw)
        if code is None:
            hint = actors().suggest(raw)
            self.fail(
                name,
                f"unknown {name} {raw!r}" + (f"; did you mean {', '.join(hint)}?" if hint else ""),
            )
            return ""
        return code

    def vaccine(self) -> str:
        raw = self.text("vaccine")
        code = vaccines().resolve(raw)
        if code is None:
            hint = vaccines().suggest(raw)
            self.fail(
                "vaccine",
                f"unknown vaccine {raw!r}" + (f"; did you mean {', '.join(hint)}?" if hint else ""),
            )
            return "mixed"
        return code

    def choice(self, name: str, enum: type[StrEnum], default: StrEnum | None) -> StrEnum | None:
        raw = self.text(name).lower().replace(" ", "_")
        if not raw:
            return default
        try:
            return enum(raw if enum is not DeliveryStatus else raw.replace("-", "_"))
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.fail(name, f"{self.text(name)!r} is not one of: {allowed}")
            return default

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


def _bad_date() -> dt.date:
    raise ValueError


_SOME_DAY = dt.date(2021, 1, 1)


def _placeholders(record, date_field: str = "arrived_on"):
    """Fill unparsed values so the domain rules can still check the rest of the row."""
    from dataclasses import replace

    changes = {}
    if getattr(record, date_field) is None:
        changes[date_field] = _SOME_DAY
    if not record.doses:
        changes["doses"] = 1
    return replace(record, **changes) if changes else record


def _rows(
    frame: pd.DataFrame, kind: str, opts: ReadOptions, file: str, errors: list[ValidationError]
):
    wanted = FIELDS[kind]
    present = {f: opts.column_for(f) for f in wanted if opts.column_for(f) in frame.columns}
    columns = {f: frame[c].tolist() for f, c in present.items()}
    for i in range(len(frame)):
        yield _Row({f: col[i] for f, col in columns.items()}, i + 2, opts, file, errors)


def _check_columns(frame: pd.DataFrame, kind: str, opts: ReadOptions, file: str) -> None:
    for f, col in opts.mapping.items():
        if f not in FIELDS[kind]:
            raise InputError(
                f"--map {f}={col}: {f!r} is not a field of {kind} "
                f"(fields: {', '.join(FIELDS[kind])})"
            )
        if col not in frame.columns:
            raise InputError(
                f"{file}: --map {f}={col}: no column {col!r} (columns: {', '.join(frame.columns)})"
            )
    missing = [
        opts.column_for(f) for f in REQUIRED[kind] if opts.column_for(f) not in frame.columns
    ]
    if missing:
        raise InputError(
            f"{file}: missing required column(s) {', '.join(map(repr, missing))} for "
            f"{kind} (columns found: {', '.join(frame.columns) or 'none'}); "
            "use --map FIELD=COLUMN"
        )


def parse_frame(frame: pd.DataFrame, kind: str, opts: ReadOptions, file: str) -> ParsedFile:
    _check_columns(frame, kind, opts, file)
    errors: list[ValidationError] = []
    batch = ImportBatch()
    builder = {
        "commitments": _commitments,
        "deliveries": _deliveries,
        "tallies": _tallies,
        "events": _events,
        "series": _series,
    }[kind]
    builder(_rows(frame, kind, opts, file, errors), batch)
    return ParsedFile(Path(file), kind, len(frame), batch, errors)


def parse_file(path: Path | str, opts: ReadOptions | None = None) -> ParsedFile:
    """Read and check ``path``; raises :class:`InputError` for an unreadable file."""
    opts = opts or ReadOptions()
    path = Path(path)
    frame = read_table(path, opts)
    kind = guess_kind(path, list(frame.columns), opts)
    return parse_frame(frame, kind, opts, str(path))


# -- per kind ---------------------------------------------------------------------------
def _common(row: _Row) -> dict:
    conf = row.choice("confidence", Confidence, Confidence.HIGH)
    return {
        "ref": row.text("id"),
        "notes": row.text("notes"),
        "sources": row.sources(),
        "confidence": conf,
    }


def _commitments(rows, batch: ImportBatch) -> None:
    by_ref: dict[str, Commitment] = {}
    for row in rows:
        donor, recipient = row.actor("donor"), row.actor("recipient")
        vaccine, doses, day = row.vaccine(), row.doses(), row.date("date")
        deal = row.choice("deal_type", DealType, DealType.DONATION)
        channel = row.choice("channel", Channel, Channel.BILATERAL)
        status = row.choice("status", CommitmentStatus, CommitmentStatus.ANNOUNCED)
        target = row.date("target_date", required=False)
        common = _common(row)
        parent = row.text("revision_of")
        if not row.ok:
            continue
        if parent:
            rev = Revision(day, doses, status, common["ref"], common["notes"], common["sources"])
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
                batch.revisions.append((parent, rev))
            continue
        c = Commitment(
            donor, recipient, vaccine, doses, day, deal, channel, status, target, **common
        )
        row.check(check_commitment(c))
        if row.ok:
            batch.commitments.append(c)
            if c.ref:
                if c.ref in by_ref:
                    row.fail("id", f"id {c.ref!r} appears twice in the file")
                    continue
                by_ref[c.ref] = c


def _deliveries(rows, batch: ImportBatch) -> None:
    seen: set[str] = set()
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
            **_common(row),
        )
        row.check(check_delivery(_placeholders(d)))
        if d.ref and d.ref in seen:
            row.fail("id", f"id {d.ref!r} appears twice in the file")
        if row.ok:
            seen.add(d.ref)
            batch.deliveries.append(d)


def _tallies(rows, batch: ImportBatch) -> None:
    for row in rows:
        t = Tally(
            row.actor("donor"),
            row.actor("recipient"),
            row.vaccine(),
            row.doses() or 0,
            row.date("date"),
            **_common(row),
        )
        row.check(check_tally(_placeholders(t, "as_of")))
        if row.ok:
            batch.tallies.append(t)


def _events(rows, batch: ImportBatch) -> None:
    for row in rows:
        codes = []
        for name in filter(None, (p.strip() for p in row.text("actors").split(";"))):
            code = actors().resolve(name)
            if code is None:
                row.fail("actors", f"unknown actor {name!r}")
            else:
                codes.append(code)
        e = PolicyEvent(
            row.date("date"),
            row.text("title"),
            row.choice("category", EventCategory, EventCategory.OTHER),
            row.date("end_date", required=False),
            row.text("description"),
            tuple(codes),
            **_common(row),
        )
        if row.ok:
            row.check(check_event(e))
        if row.ok:
            batch.events.append(e)


def _series(rows, batch: ImportBatch) -> None:
    by_code: dict[str, ContextSeries] = {}
    for row in rows:
        code, day, raw = row.text("series"), row.date("date"), row.text("value")
        if not code:
            row.fail("series", "a series code is required")
        value = None
        try:
            value = float(raw.replace(row.opts.thousands, "") if row.opts.thousands else raw)
        except ValueError:
            row.fail("value", f"{raw!r} is not a number")
        if not row.ok:
            continue
        s = by_code.get(code)
        if s is None:
            s = by_code[code] = ContextSeries(
                code, row.text("title") or code, row.text("unit"), row.sources(), row.text("notes")
            )
            batch.series.append(s)
        s.points.append(SeriesPoint(code, day, value))
