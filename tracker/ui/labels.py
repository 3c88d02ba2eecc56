"""Translated labels for domain codes (the domain keeps only the codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.enums import RecordKind
from tracker.domain.errors import ValidationError


def actors():
    """The actor registry, loaded (pycountry) on first use rather than at start-up."""
    from tracker.domain.actors import actors as registry

    return registry()


def vaccines():
    """The vaccine registry (it loads the actor registry's module, and pycountry) on first
    use rather than at start-up."""
    from tracker.domain.vaccines import vaccines as registry

    return registry()


_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "donation": QT_TRANSLATE_NOOP("Labels", "Donation"),
    "loan": QT_TRANSLATE_NOOP("Labels", "Loan"),
    "sale": QT_TRANSLATE_NOOP("Labels", "Sale"),
    "allocation": QT_TRANSLATE_NOOP("Labels", "Allocation"),
    "pledge": QT_TRANSLATE_NOOP("Labels", "Pledge"),
    "bilateral": QT_TRANSLATE_NOOP("Labels", "Bilateral"),
    "covax": QT_TRANSLATE_NOOP("Labels", "COVAX"),
    "avat": QT_TRANSLATE_NOOP("Labels", "AVAT"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "announced": QT_TRANSLATE_NOOP("Labels", "Announced"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "scheduled": QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    "in_transit": QT_TRANSLATE_NOOP("Labels", "In transit"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Delivered"),
    "migration": QT_TRANSLATE_NOOP("Labels", "Migration"),
    "border": QT_TRANSLATE_NOOP("Labels", "Border"),
    "diplomacy": QT_TRANSLATE_NOOP("Labels", "Diplomacy"),
    "trade": QT_TRANSLATE_NOOP("Labels", "Trade"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "fulfilled": QT_TRANSLATE_NOOP("Labels", "Fulfilled"),
    "over-delivered": QT_TRANSLATE_NOOP("Labels", "Over-delivered"),
    "stale": QT_TRANSLATE_NOOP("Labels", "Stale"),
    "late": QT_TRANSLATE_NOOP("Labels", "Late"),
    "not-recorded": QT_TRANSLATE_NOOP("Labels", "Deliveries not (all) recorded"),
    "linked": QT_TRANSLATE_NOOP("Labels", "Linked deliveries"),
    "matched": QT_TRANSLATE_NOOP("Labels", "Matched deliveries"),
    "none": QT_TRANSLATE_NOOP("Labels", "No delivery"),
    "matches": QT_TRANSLATE_NOOP("Labels", "Matches"),
    "missing": QT_TRANSLATE_NOOP("Labels", "Deliveries missing"),
    "exceeds": QT_TRANSLATE_NOOP("Labels", "Recorded exceeds tally"),
    RecordKind.COMMITMENT: QT_TRANSLATE_NOOP("Labels", "commitment"),
    RecordKind.DELIVERY: QT_TRANSLATE_NOOP("Labels", "delivery"),
    RecordKind.EVENT: QT_TRANSLATE_NOOP("Labels", "policy event"),
    RecordKind.TALLY: QT_TRANSLATE_NOOP("Labels", "official tally"),
}


def language() -> str:
    """The interface language, as :mod:`tracker.domain.messages` names it."""
    return "es" if speaks_spanish() else "en"


def reason(problem: ValidationError) -> str:
    """A validation problem's reason in the interface language: its code worded by
    :mod:`tracker.domain.messages` (a reason without a code, already worded by a form in
    the user's language, as it is)."""
    return problem.worded(language())


def label(code: str | None) -> str:
    if not code:
        return ""
    text = _LABELS.get(str(code))
    return QCoreApplication.translate("Labels", str(text)) if text else str(code)


def speaks_spanish() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.Spanish


def actor_name(code: str) -> str:
    """The actor's name in the interface language (pycountry's ISO 3166 translations)."""
    registry = actors()
    if code in registry:
        actor = registry.get(code)
        return actor.name_es if speaks_spanish() and actor.name_es else actor.name
    return code


def vaccine_name(code: str) -> str:
    """The vaccine's name in the interface language, else its code."""
    registry = vaccines()
    return registry.get(code).name_in(language()) if code in registry else code


def names_for_codes(text: str) -> str:
    """Actor codes inside a text (``"T1-04 USA→MEX"``) replaced by their names."""
    import re

    registry = actors()
    return re.sub(
        r"\b[A-Z][A-Z0-9]{1,7}\b",
        lambda m: actor_name(m[0]) if m[0] in registry else m[0],
        text,
    )
