"""The locale figures are shown in."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no LANG set) falls back to English (US).

    "C" has no group separator, and "1500000 doses" is hard to read.
    """
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc
