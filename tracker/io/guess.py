"""Guessing how to read a file: encoding, delimiter, record kind, column mapping, date
format and thousands separator, from a sample of its first bytes and rows.

Qt-free, so the import wizard shows the guesses and the tests check them without a
window. Every guess is only a starting point the user can correct; the importer itself
never guesses silently except for byte-order marks and the delimiter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from tracker.domain.enums import RecordKind
from tracker.io.heuristics import (
    bom_encoding,
    guess_date_format,
    guess_delimiter,
    guess_encoding,
    guess_kind,
    guess_mapping,
    guess_thousands,
)
from tracker.io.parse import guess_kind as parse_kind
from tracker.io.tables import ReadOptions, detect_format, read_table, text_encoding

__all__ = ["PREVIEW_ROWS", "Guess", "Guessed", "guess_file", "guess_mapping", "guess_read_options"]


@dataclass
class Guess:
    """What the wizard proposes; ``notes`` explains doubtful guesses to the user."""

    encoding: str = "utf-8"
    delimiter: str = ","
    kind: str = RecordKind.DELIVERY.value
    mapping: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    thousands: str | None = None
    notes: list[str] = field(default_factory=list)


def guess_values(
    frame_columns: dict[str, list[str]], mapping: dict[str, str], guess: Guess
) -> Guess:
    """Fill ``guess.date_format`` and ``guess.thousands`` from the mapped sample columns."""
    date_col = mapping.get("date")
    if date_col in frame_columns:
        guess.date_format, ambiguous = guess_date_format(frame_columns[date_col])
        if ambiguous:
            guess.notes.append(
                f"dates in {date_col!r} read both day-first and month-first; "
                "day-first (%d/%m/%Y) assumed"
            )
    number_col = mapping.get("doses") or mapping.get("value")
    if number_col in frame_columns:
        guess.thousands = guess_thousands(frame_columns[number_col])
    else:  # the number column is not recognised yet: any unmapped column that groups digits
        mapped = set(mapping.values())
        for col, values in frame_columns.items():
            if col not in mapped and (found := guess_thousands(values)):
                guess.thousands = found
                break
    return guess


#: Rows shown in the wizard's preview and used for the guesses.
PREVIEW_ROWS = 50


def guess_file(
    path: Path | str, fields_by_kind: dict[str, tuple[str, ...]], sheet: str | None = None
) -> tuple[Guess, pd.DataFrame]:
    """(Guess, preview frame) for ``path``: how to read it and what its columns mean.

    Raises :class:`~tracker.domain.errors.InputError` when not even a preview can be read.
    """
    path = Path(path)
    g = Guess(encoding="", delimiter="")
    if detect_format(path) == "csv":
        with path.open("rb") as fh:
            raw = fh.read(1 << 16)
        g.encoding = guess_encoding(raw)
        g.delimiter = guess_delimiter(raw.decode(g.encoding, errors="replace").lstrip("\ufeff"))
    opts = ReadOptions(encoding=g.encoding or None, delimiter=g.delimiter or None, sheet=sheet)
    frame = read_table(path, opts, limit=PREVIEW_ROWS)
    g.kind = guess_kind(path.name, list(frame.columns), fields_by_kind)
    g.mapping = guess_mapping(frame.columns, fields_by_kind[g.kind])
    guess_values({c: frame[c].tolist() for c in frame.columns}, g.mapping, g)
    return g, frame


# -- the command line: the wizard's guesses, explicit options first ---------------------
@dataclass
class Guessed:
    """What the command line will use: the options, what was guessed, what is unsure."""

    options: ReadOptions
    lines: list[str] = field(default_factory=list)  # one per guessed choice
    ambiguous: list[str] = field(default_factory=list)  # each names the option to set


def guess_read_options(
    path: Path | str,
    explicit: ReadOptions,
    fields_by_kind: dict[str, tuple[str, ...]],
    given: Iterable[str] = (),
) -> Guessed:
    """Complete ``explicit`` (a ReadOptions from flags and a profile) the way the import
    wizard guesses: encoding, delimiter, kind, column mapping, date format, thousands.

    Options given explicitly always win and are not guessed; ``given`` names those set
    to "none" on purpose (``--thousands none``), which look unset. A guess that cannot be
    told apart from another (dates that read day-first and month-first, digits grouped
    by both "," and ".") is not taken: it is listed in ``ambiguous`` with the option that
    settles it.
    """
    path = Path(path)
    if explicit.encoding:
        text_encoding(explicit.encoding)  # rot13, hex, base64: refused before any read
    given = set(given)
    opts = replace(explicit, mapping=dict(explicit.mapping))
    out = Guessed(opts)
    if detect_format(path) == "csv":
        with path.open("rb") as fh:
            raw = fh.read(1 << 16)
        if not opts.encoding and not bom_encoding(raw):
            found = guess_encoding(raw)
            if found != "utf-8":
                opts.encoding = found
                out.lines.append(f"encoding: {found} (--encoding)")
        if not opts.delimiter:
            text = raw.decode(opts.encoding or "utf-8", errors="replace").lstrip("\ufeff")
            opts.delimiter = guess_delimiter(text.replace("\r\n", "\n").replace("\r", "\n"))
            if opts.delimiter != ",":
                shown = "tab" if opts.delimiter == "\t" else opts.delimiter
                out.lines.append(f"delimiter: {shown!r} (--delimiter)")
    frame = read_table(path, opts, limit=PREVIEW_ROWS)
    columns = list(frame.columns)
    if not opts.kind:
        opts.kind = parse_kind(path, columns, opts)
        out.lines.append(f"kind: {opts.kind} (--kind)")
    fields = fields_by_kind.get(opts.kind, ())
    taken = set(opts.mapping.values())
    free = [c for c in columns if c not in taken]
    guessed = {
        f: c
        for f, c in guess_mapping(free, [f for f in fields if f not in opts.mapping]).items()
        if c != f
    }
    if guessed:
        opts.mapping.update(guessed)
        pairs = ", ".join(f"{f}={c}" for f, c in guessed.items())
        out.lines.append(f"columns: {pairs} (--map FIELD=COLUMN)")
    values = {c: frame[c].tolist() for c in columns}
    date_col = opts.column_for("date")
    if not opts.date_format and date_col in values:
        fmt, unsure = guess_date_format(values[date_col])
        if unsure:
            out.ambiguous.append(
                f"the dates in column {date_col!r} read both day-first and month-first; "
                'set --date-format "%d/%m/%Y" or --date-format "%m/%d/%Y"'
            )
        elif fmt:
            opts.date_format = fmt
            out.lines.append(f"date format: {fmt} (--date-format)")
    number_col = opts.column_for("value" if opts.kind == RecordKind.SERIES else "doses")
    if opts.thousands is None and "thousands" not in given and number_col in values:
        cells = [v.strip() for v in values[number_col]]
        comma = any(re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})+", v) for v in cells)
        dot = any(re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", v) for v in cells)
        if comma and dot:
            out.ambiguous.append(
                f"the numbers in column {number_col!r} are grouped by both ',' and '.'; "
                "set --thousands , or --thousands ."
            )
        elif comma or dot:
            opts.thousands = "," if comma else "."
            out.lines.append(f"thousands separator: {opts.thousands!r} (--thousands)")
    return out
