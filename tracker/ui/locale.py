"""The locale figures are shown in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no LANG set) falls back to English (US).

    "C" has no group separator, and "1500000 doses" is hard to read.
    """
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def datetime_text(value: dt.datetime, fmt: QLocale.FormatType | str) -> str:
    """``value`` (a moment, usually local time) in the display locale's ``fmt``."""
    # PySide converts a datetime to a QDateTime; its stub lists no such constructor.
    moment = QDateTime(value)  # type: ignore[call-overload]
    return display_locale().toString(moment, fmt)
