"""The fields of each record kind, and how one cell's text becomes a value.

The lowest layer of the file parser (:mod:`tracker.io.parse`): the app's field names per
kind, the cleaning of a cell's text, and :class:`CellReader`, which reads dates, whole
numbers, choices and actors from text, each distinct text once. A value it refuses comes
back as a reason code plus parameters (:class:`Issue`), worded by
:mod:`tracker.domain.messages`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from tracker.domain.actors import actors
from tracker.domain.enums import Channel, Confidence, DealType, DeliveryStatus, RecordKind
from tracker.io import heuristics
from tracker.io.tables import ReadOptions

#: The kinds a file may hold (``RecordKind`` codes are the plural names).
KINDS: tuple[RecordKind, ...] = tuple(RecordKind)
#: Problems kept for the report; every rejected row is still counted.
MAX_KEPT_ERRORS = 1_000

SOURCE_FIELDS = ("source", "other_sources", "confidence", "notes")
_PAIR = "id date donor recipient vaccine doses"
#: The app's own field names per kind, in the column order of its CSV files.
FIELDS: dict[str, tuple[str, ...]] = {
    RecordKind.COMMITMENT: (
        *f"{_PAIR} deal_type channel status target_date revision_of part_of".split(),
        *SOURCE_FIELDS),
    RecordKind.DELIVERY: (*f"{_PAIR} status commitment deal_type channel expiry_date".split(),
                          *SOURCE_FIELDS),
    RecordKind.TALLY: (*_PAIR.split(), *SOURCE_FIELDS),
    RecordKind.EVENT: (*"id date end_date title description category actors".split(),
                       *SOURCE_FIELDS),
    RecordKind.SERIES: tuple("series title unit date value source notes".split()),
}  # fmt: skip
_DOSE_RECORD = ("date", "donor", "recipient", "doses")
REQUIRED: dict[str, tuple[str, ...]] = {
    RecordKind.COMMITMENT: _DOSE_RECORD,
    RecordKind.DELIVERY: _DOSE_RECORD,
    RecordKind.TALLY: _DOSE_RECORD,
    RecordKind.EVENT: ("date", "title"),
    RecordKind.SERIES: ("series", "date", "value"),
}
#: The ``what`` of a duplicate row without an id (a term of tracker.domain.messages).
NATURAL = "natural"
#: The smallest number of doses a row may hold (parsing refuses 0 and below).
FEWEST_DOSES = 1

_GUARDED = ("=", "+", "-", "@", "\t", "\r", "\n")
_ISO = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?")
#: Spaces that group digits when the declared separator is a space.
_SPACES = (" ", "\u00a0", "\u202f")
_WHOLE = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_CACHE_SIZE = 50_000

#: A refused value: the reason code and its parameters.
Issue = tuple[str, dict[str, object]]
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Choice(Generic[E]):
    """A field that holds one of an enum's codes, and the value of an empty cell."""

    enum: type[E]
    default: E | None


CONFIDENCE = Choice(Confidence, Confidence.HIGH)
#: A deliveries file's choice fields (their names are also the record's attributes): the
#: row check and the column-wise check both read them here.
DELIVERY_STATUS = Choice(DeliveryStatus, DeliveryStatus.DELIVERED)
DELIVERY_DEAL_TYPE: Choice[DealType] = Choice(DealType, None)
DELIVERY_CHANNEL: Choice[Channel] = Choice(Channel, None)
DELIVERY_CHOICES: dict[str, Choice[DeliveryStatus] | Choice[DealType] | Choice[Channel]
                       | Choice[Confidence]] = {
    "status": DELIVERY_STATUS,
    "deal_type": DELIVERY_DEAL_TYPE,
    "channel": DELIVERY_CHANNEL,
    "confidence": CONFIDENCE,
}  # fmt: skip


def clean(value: str | None) -> str:
    """A cell's text as the parser sees it: the user's text exactly, but for the spaces
    around it. A leading apostrophe, tab or CR is the user's own and is kept; formulas
    are neutralised only when exporting."""
    return (value or "").strip(" ")


def unguard(value: str | None) -> str:
    """:func:`clean` for a file the app exported (its header is exactly the export's):
    the apostrophe the export put before ``= + - @``, tab, CR or LF is removed again, so
    an export reads back as the same records."""
    value = value or ""
    if value[:1] == "'" and value.lstrip("'")[:1] in _GUARDED:
        return value[1:]
    return value.strip(" ")


def clean_all(cells: list[str]) -> list[str]:
    """:func:`clean` of every cell (a column of distinct ids or URLs)."""
    if "'" not in "".join(cells):  # the common case, at C speed: only spaces to strip
        return list(map(str.strip, cells))
    return [clean(v) for v in cells]


class CellReader:
    """Reads values from one file's cells, with its options; each distinct text once."""

    def __init__(self, opts: ReadOptions) -> None:
        self.opts = opts
        self._dates: dict[str, dt.date | None] = {}
        self._actors: dict[str, str | None] = {}
        self._choices: dict[type, dict[str, StrEnum | None]] = {}
        sep = " " if opts.thousands in _SPACES else opts.thousands
        self._grouped = re.compile(rf"[0-9]{{1,3}}(?:{re.escape(sep)}[0-9]{{3}})+") if sep else None

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
        if len(self._dates) > _CACHE_SIZE:
            self._dates.clear()
        self._dates[raw] = day
        return day

    def date_issue(self, raw: str) -> Issue:
        """Why ``raw`` (which :meth:`parse_date` refused) is not a date."""
        return "bad_date", {"value": raw[:40], "format": self.opts.date_format or "YYYY-MM-DD"}

    def parse_whole(self, raw: str) -> tuple[int, Issue | None]:
        """A whole number: ASCII digits, grouped only by the declared thousands separator.

        A space (or no-break space) groups digits only when it is the declared separator:
        "1 5" is never 15. Digits of other scripts (Arabic-Indic, Devanagari, fullwidth)
        are refused, not silently read.
        """
        sep = self.opts.thousands
        text = raw
        shown = raw[:40]
        if sep in _SPACES:
            sep = " "
            for space in _SPACES:
                text = text.replace(space, " ")
        if not text.isascii():
            odd = next(c for c in text if not c.isascii())
            if odd.isdigit():
                return 0, ("number_other_script", {"value": shown})
            return 0, ("number_odd_character", {"value": shown, "char": odd})
        digits = text
        if sep and self._grouped is not None and sep in digits:
            body = digits.lstrip("+-")
            if not self._grouped.fullmatch(body):
                return 0, ("number_bad_grouping", {"value": shown, "sep": sep})
            digits = digits.replace(sep, "")
        if not _WHOLE.fullmatch(digits):
            if re.fullmatch(r"[0-9]{1,3}([,. ][0-9]{3})+", digits):
                mark = digits[-4]
                option = "space" if mark == " " else mark
                return 0, ("number_thousands_hint", {"value": shown, "option": option})
            if " " in digits:
                return 0, ("number_space_hint", {"value": shown})
            return 0, ("number_not_whole", {"value": shown})
        if len(digits.lstrip("+-0")) > 15:
            return 0, ("number_too_large", {"value": shown})
        return int(digits), None

    def parse_decimal(self, raw: str) -> float | None:
        """A finite decimal number (``None`` when ``raw`` is not one)."""
        sep = self.opts.thousands
        plain = raw.replace(sep, "") if sep else raw
        if not _DECIMAL.fullmatch(plain):  # float() reads "1_000" and other scripts
            return None
        value = float(plain)
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return value

    def parse_choice(self, enum: type[E], raw: str) -> E | None:
        cache = self._choices.setdefault(enum, {})
        if raw not in cache:
            key = heuristics.fold(raw)
            key = heuristics.CHOICE_ALIASES.get(key, key.replace(" ", "_"))
            cache[raw] = enum(key) if key in enum._value2member_map_ else None
        found = cache[raw]
        return found if isinstance(found, enum) else None

    def resolve_actor(self, raw: str) -> str | None:
        if raw not in self._actors:
            if len(self._actors) > _CACHE_SIZE:
                self._actors.clear()
            self._actors[raw] = actors().resolve(raw)
        return self._actors[raw]
