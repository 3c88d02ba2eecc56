"""Typing dates quickly: partial input completes from a reference day.

Accepted: ISO ``2021-03-28`` (or ``2021/3/28``), ``2021-03`` (the 1st of the month), and
day-first ``28/3/2021``, ``28.3.21``, ``28/3`` (this year) or ``28`` (this month).
"""

from __future__ import annotations

import datetime as dt
import re


def parse_partial_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date meant by ``text``, or ``None`` when it is not a real date."""
    today = today or dt.date.today()
    t = text.strip()
    if not t:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})", t):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", t):
            year = int(m[3])
            if year < 100:
                year += 2000
            return dt.date(year, int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})", t):
            return dt.date(today.year, int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})", t):
            return dt.date(today.year, today.month, int(m[1]))
    except ValueError:
        return None
    return None


def parse_doses(text: str) -> int | None:
    """Whole doses typed with or without group separators ("1,500,000", "1.500.000")."""
    t = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "")
    if re.fullmatch(r"\d{1,3}([,.]\d{3})+", t):
        t = t.replace(",", "").replace(".", "")
    if re.fullmatch(r"-?\d+", t):
        return int(t)
    return None
