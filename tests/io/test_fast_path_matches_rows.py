"""The column-wise delivery check and the row-by-row one agree on any rows at all.

Hypothesis feeds random rows, valid and invalid (bad dates, negative, huge or
non-numeric doses, unknown actors and vaccines, repeated ids and rows, blanks), through
both paths, in one chunk or two, and requires the same records, the same problems (codes
and English wording) and the same counts.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.validation import MAX_DOSES, latest_sane_date
from tracker.io.fields import FIELDS
from tracker.io.parse import RowParser
from tracker.io.tables import ReadOptions

_LATE = (latest_sane_date() + dt.timedelta(days=3)).isoformat()
DATES = ["2021-03-28", "2021-03-28", "2022-11-30", "2019-12-31", _LATE, "2021-02-30",
         "28/03/2021", "soon", "", " 2021-04-01 ", "2021-04-01T10:00"]  # fmt: skip
ACTORS = ["USA", "United States", "MEX", "Mexico", "chn", " IND ", "Atlantis", "", "COVAX"]
VACCINES = ["pfizer", "AstraZeneca", "moderna", "modrena", "", "mixed", "Sputnik Light"]
DOSES = ["1500000", "1", "0", "-5", "+7", "12", "abc", "", " 250 ", "1,000", "1.000",
         str(MAX_DOSES), str(MAX_DOSES + 1), "9" * 11, "9" * 12, "9" * 16, "٣", "1 000",
         "1e6", "007"]  # fmt: skip
STATUS = ["", "delivered", "in transit", "scheduled", "arrived", "DELIVERED"]
DEAL = ["", "loan", "sale", "gift", "donation"]
CHANNEL = ["", "covax", "bilateral", "avat", "air"]
CONFIDENCE = ["", "high", "low", "sure"]
IDS = ["", "", "", "D1", "D2", "D3", " D4 "]
EXPIRY = ["", "", "2022-01-01", "2019-01-01", "never"]
SOURCES = ["", "https://a.example/1", "'=cmd"]
OTHER = ["", "https://b.example/2 https://a.example/1"]
COMMITMENTS = ["", "", "", "C1"]

row = st.fixed_dictionaries(
    {
        "id": st.sampled_from(IDS),
        "date": st.sampled_from(DATES),
        "donor": st.sampled_from(ACTORS),
        "recipient": st.sampled_from(ACTORS),
        "vaccine": st.sampled_from(VACCINES),
        "doses": st.sampled_from(DOSES) | st.integers(-10, 10**13).map(str),
        "status": st.sampled_from(STATUS),
        "commitment": st.sampled_from(COMMITMENTS),
        "deal_type": st.sampled_from(DEAL),
        "channel": st.sampled_from(CHANNEL),
        "expiry_date": st.sampled_from(EXPIRY),
        "source": st.sampled_from(SOURCES),
        "other_sources": st.sampled_from(OTHER),
        "confidence": st.sampled_from(CONFIDENCE),
        "notes": st.sampled_from(["", "first", "  spaced  "]),
    }
)


def _frame(rows: list[dict[str, str]], start: int) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(FIELDS["deliveries"]), dtype=object)
    frame.index = pd.RangeIndex(start, start + len(rows))
    return frame


def _run(chunks: list[list[dict[str, str]]], fast: bool, opts: ReadOptions) -> tuple:
    parser = RowParser("deliveries.csv", "deliveries", opts)
    records = []
    start = 2
    for chunk in chunks:
        records += list(parser.feed(_frame(chunk, start), fast=fast).deliveries)
        start += len(chunk)
    problems = [(e.row, e.column, e.field, e.code, e.params, e.reason) for e in parser.errors]
    return records, problems, parser.rejected, parser.rows, parser.wanted, parser.seen_ids


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(row, min_size=1, max_size=25),
    split=st.integers(0, 25),
    thousands=st.sampled_from([None, ",", " "]),
)
def test_the_column_wise_check_matches_the_row_by_row_check(rows, split, thousands):
    opts = ReadOptions(thousands=thousands)
    chunks = [c for c in (rows[:split], rows[split:]) if c]
    fast = _run(chunks, True, opts)
    slow = _run(chunks, False, opts)
    assert fast[1] == slow[1]  # problems: rows, columns, codes, parameters and words
    assert fast[0] == slow[0]  # the records kept
    assert fast[2:] == slow[2:]  # rejected and read counts, commitments wanted, ids seen


def test_clean_rows_with_ids_take_the_column_wise_path_and_match():
    rows = [
        {**dict.fromkeys(FIELDS["deliveries"], ""), "id": f"D{i}", "date": "2021-03-28",
         "donor": "USA", "recipient": "MEX", "vaccine": "pfizer", "doses": str(i + 1)}
        for i in range(5)
    ]  # fmt: skip
    fast = _run([rows], True, ReadOptions())
    assert fast == _run([rows], False, ReadOptions())
    assert len(fast[0]) == 5 and fast[1] == []
