"""Deliveries checked column by column: each distinct value of a column once.

The usual file holds a few hundred distinct countries, vaccines and dates over a million
rows, so reading each distinct text once and applying the domain's rule table
(:data:`tracker.domain.validation.DELIVERY_RULES`) to each distinct value (or distinct
combination, for a rule on several fields) is what makes a big import fast. The path
only decides which rows are valid: a row it refuses goes through the row-by-row check
(:meth:`tracker.io.rows.RowChecker.delivery`), which words every message, so both paths
report the same problems. A rule added to the table holds here without a change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from tracker.domain.records import Delivery, SourceRef
from tracker.domain.validation import DELIVERY_RULES, Rule
from tracker.io.fields import DELIVERY_CHOICES, FEWEST_DOSES, NATURAL, Choice, clean, clean_all
from tracker.io.rows import Row, RowChecker
from tracker.store.batch import DELIVERY_FIELDS, DeliveryColumns, ImportBatch

#: Marks a value the column-wise check does not accept (the row is then checked alone).
_BAD = object()
#: Digits read by ``int()`` at once: fewer than this many cannot exceed int64.
_SHORT = 12

Converter = Callable[[str], object]


def _factorize(values: np.ndarray) -> tuple[np.ndarray, Any]:
    """``pd.factorize(values, use_na_sentinel=False)``: a missing value (None, NaN) is a
    value of its own. A file's cells are text, never missing: factorized with the
    sentinel (no pass looking for missing values), and again as asked if one turns up."""
    codes, uniques = pd.factorize(values)
    if len(codes) and codes.min() < 0:
        return pd.factorize(values, use_na_sentinel=False)
    return codes, uniques


class _Column(NamedTuple):
    """A converted column: each row's value, its distinct values, and which is whose."""

    values: list[object]
    distinct: list[object]
    codes: np.ndarray


class DeliveryFrame:
    """One chunk of a deliveries file, checked column by column into ``batch``."""

    def __init__(self, parser: RowChecker, frame: pd.DataFrame) -> None:
        self.parser = parser
        self.frame = frame
        self.n = len(frame)
        self.present = parser.present(frame)
        self.raw = {f: frame[c].to_numpy(dtype=object) for f, c in self.present.items()}
        self.bad = np.zeros(self.n, dtype=bool)

    # -- converting ---------------------------------------------------------------------
    def by_value(self, name: str, convert: Converter) -> _Column:
        """``convert`` applied once per distinct cleaned value of file field ``name``
        (absent: every cell empty); rows whose value it refuses (``_BAD``) are bad."""
        values = self.raw.get(name)
        n = self.n
        if values is None:
            out = convert("")
            if out is _BAD:
                self.bad[:] = True
            return _Column([out] * n, [out], np.zeros(n, dtype=np.intp))
        codes, uniques = _factorize(values)
        clean_text = self.parser.clean
        converted = [convert(clean_text(u)) for u in uniques.tolist()]
        refused = np.fromiter((c is _BAD for c in converted), bool, len(converted))
        if refused.any():
            self.bad |= refused[codes]
        table = np.empty(len(converted), dtype=object)
        table[:] = converted
        return _Column(table[codes].tolist(), converted, codes)

    def actor(self, text: str) -> object:
        code = self.parser.resolve_actor(text) if text else None
        return _BAD if code is None else code

    def vaccine(self, text: str) -> object:
        from tracker.domain.vaccines import vaccines

        code = vaccines().resolve(text)
        return _BAD if code is None else code

    def day(self, required: bool) -> Converter:
        def convert(text: str) -> object:
            if not text:
                return _BAD if required else None
            day = self.parser.parse_date(text)
            return _BAD if day is None else day

        return convert

    def choice(self, choice: Choice[Any]) -> Converter:
        default = choice.default

        def convert(text: str) -> object:
            if not text:
                return default.value if default is not None else None
            value = self.parser.parse_choice(choice.enum, text)
            return _BAD if value is None else value.value

        return convert

    def doses(self) -> tuple[list[int], np.ndarray]:
        """Each row's doses and the same as an array; rows not holding a whole number
        of at least :data:`FEWEST_DOSES` are bad."""
        values, n = self.raw.get("doses"), self.n
        if values is None:
            self.bad[:] = True
            return [0] * n, np.zeros(n, dtype=np.int64)
        parser = self.parser

        def slow(raw: str) -> int:
            text = parser.clean(raw)
            if not text:
                return 0
            value, issue = parser.parse_whole(text)
            return 0 if issue else value

        cells = values.tolist()
        joined = "".join(cells)
        if (
            joined.isascii()
            and joined.isdigit()
            and 0 < min(map(len, cells))
            and max(map(len, cells)) < _SHORT
        ):
            numbers = values.astype(np.int64)  # plain digits only: int() of each
            doses = numbers.tolist()
        else:
            doses = [
                int(v) if v.isascii() and v.isdigit() and len(v) < _SHORT else slow(v)
                for v in cells
            ]
            # Beyond int64 only when not refused already: "implausibly large" past 15 digits.
            numbers = np.fromiter(doses, np.int64, n)
        self.bad |= numbers < FEWEST_DOSES
        return doses, numbers

    def sources(self) -> list[list[SourceRef]]:
        """Each row's sources; rows citing the same URLs share one list."""
        frame, present, n = self.frame, self.present, self.n
        if "source" not in present and "other_sources" not in present:
            return [[]] * n
        parser_clean = self.parser.clean
        other = present.get("other_sources")
        if "source" in present and (other is None or not frame[other].to_numpy(object).any()):
            # One source column (the usual file): one list per distinct cleaned URL.
            cells = frame[present["source"]].to_numpy(dtype=object)
            codes, found_index = _factorize(cells)
            found = found_index.tolist()
            plain = all(isinstance(u, str) for u in found)
            if parser_clean is not clean:  # an export read back: its formula guard undone
                urls = list(map(parser_clean, found))
            else:
                urls = clean_all(found) if plain else list(map(clean, found))
            table = np.empty(len(found), dtype=object)
            table[:] = [[SourceRef(u)] if u else [] for u in urls]
            return list(table[codes].tolist())
        combined = np.zeros(n, dtype=np.int64)
        uniques: list[list[str]] = [[""], [""]]
        for k, name in enumerate(("source", "other_sources")):
            col = present.get(name)
            if col:
                these, found_index = pd.factorize(frame[col].to_numpy(dtype=object))
                combined = combined * len(found_index) + these
                uniques[k] = found_index.tolist()
        pairs, inverse = np.unique(combined, return_inverse=True)
        width = len(uniques[1])
        lists = []
        for pair in pairs.tolist():
            source, other_urls = uniques[0][pair // width], uniques[1][pair % width]
            urls = [parser_clean(source), *parser_clean(other_urls).split()]
            lists.append([SourceRef(u) for u in dict.fromkeys(urls) if u])
        table = np.empty(len(lists), dtype=object)
        table[:] = lists
        return list(table[inverse].tolist())

    # -- the domain's rules -------------------------------------------------------------
    def apply(self, rule: Rule, cols: dict[str, list[Any]], converted: dict[str, _Column],
              numbers: dict[str, np.ndarray]) -> None:  # fmt: skip
        """Mark the rows ``rule`` refuses: per distinct value (or combination of values),
        or, for a rule with bounds on a number column, the whole column at once."""
        if rule.bounds is not None and len(rule.fields) == 1 and rule.fields[0] in numbers:
            low, high = rule.bounds
            column = numbers[rule.fields[0]]
            self.bad |= (column < low) | (column > high)
            return
        if len(rule.fields) == 1 and rule.fields[0] in converted:
            one = converted[rule.fields[0]]
            refused = np.array(
                [v is not _BAD and bool(rule.check(v)) for v in one.distinct], dtype=bool
            )
            if refused.any():
                self.bad |= refused[one.codes]
            return
        codes = np.zeros(self.n, dtype=np.intp)
        for name in rule.fields:
            these = converted[name].codes if name in converted else None
            if these is None:
                these, _ = pd.factorize(np.asarray(cols[name], dtype=object))
            width = int(these.max()) + 1 if len(these) else 1
            codes, _ = pd.factorize(codes * width + these)
        if not len(codes):
            return
        some_row = np.zeros(int(codes.max()) + 1, dtype=np.intp)
        some_row[codes] = np.arange(self.n)  # every row of a combination holds its values
        refused = np.zeros(len(some_row), dtype=bool)
        for k, i in enumerate(some_row.tolist()):
            values = [cols[name][i] for name in rule.fields]
            if all(v is not _BAD for v in values):
                refused[k] = bool(rule.check(*values))
        if refused.any():
            self.bad |= refused[codes]

    # -- the whole chunk ----------------------------------------------------------------
    def check(self, batch: ImportBatch) -> None:
        parser, n = self.parser, self.n
        by_value = self.by_value
        converted = {
            "donor": by_value("donor", self.actor),
            "recipient": by_value("recipient", self.actor),
            "vaccine": by_value("vaccine", self.vaccine),
            "arrived_on": by_value("date", self.day(True)),
            **{f: by_value(f, self.choice(c)) for f, c in DELIVERY_CHOICES.items()},
            "expiry_on": by_value("expiry_date", self.day(False)),
            "notes": by_value("notes", lambda t: t),
            "commitment_ref": by_value("commitment", lambda t: t),
        }
        # Heterogeneous by name (codes, dates, ints, source lists), as DeliveryColumns holds them.
        cols: dict[str, list[Any]] = {k: c.values for k, c in converted.items()}
        doses, dose_numbers = self.doses()
        cols["doses"] = doses
        cols["sources"] = self.sources()
        ids = self.raw.get("id")
        refs: list[str] = clean_all(ids.tolist()) if ids is not None else [""] * n
        cols["ref"] = refs
        for rule in DELIVERY_RULES:
            self.apply(rule, cols, converted, {"doses": dose_numbers})
        bad = self.bad
        numbers = self.frame.index.tolist()
        commitments = cols["commitment_ref"]
        if not bad.any() and all(refs) and not any(commitments):
            # The common case at C speed: every row valid, with an id, none seen before.
            if parser.take_new_ids(refs, numbers):
                batch.deliveries = DeliveryColumns(cols)
                return
        keep = np.zeros(n, dtype=bool)
        slow: dict[int, Delivery] = {}
        donor, recipient, vaccine = cols["donor"], cols["recipient"], cols["vaccine"]
        arrived = cols["arrived_on"]
        for i in range(n):
            number = numbers[i]
            if bad[i]:
                row = Row({f: v[i] for f, v in self.raw.items()}, number, parser)
                d = parser.delivery(row)
                if d is not None:
                    slow[i] = d
                continue
            ref = refs[i]
            key: Hashable = (
                () if ref else (donor[i], recipient[i], vaccine[i], arrived[i], doses[i])
            )
            if parser.first_row(ref, key, number) is not None:
                # A repeat: the row-by-row check words the message.
                Row({}, number, parser).unique(ref, key, NATURAL)
                continue
            keep[i] = True
            if commitments[i]:
                parser.want(str(commitments[i]), number)
        for i, d in slow.items():
            keep[i] = True
            for name in DELIVERY_FIELDS:
                value = getattr(d, name)
                if name in DELIVERY_CHOICES:
                    value = str(value) if value else None
                cols[name][i] = value
        mask = keep.tolist()
        if all(mask):
            batch.deliveries = DeliveryColumns(cols)
        else:
            batch.deliveries = DeliveryColumns(cols).keep(mask)


def check_deliveries(parser: RowChecker, frame: pd.DataFrame, batch: ImportBatch) -> None:
    """Check a chunk of deliveries column by column; rows the columns refuse (and only
    those) are checked one by one, so every message is the row-by-row one."""
    DeliveryFrame(parser, frame).check(batch)
