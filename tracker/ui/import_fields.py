"""The import wizard's names for record kinds and fields, and its option combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from tracker.domain.enums import RecordKind
from tracker.ui.translatable import QT_TRANSLATE_NOOP

#: What each record kind and field is called on screen; the key (``--map FIELD=...`` on
#: the command line) is shown beside the field's name.
KIND_LABELS: dict[str, str] = {
    RecordKind.COMMITMENT: QT_TRANSLATE_NOOP("ImportFields", "Commitments"),
    RecordKind.DELIVERY: QT_TRANSLATE_NOOP("ImportFields", "Deliveries"),
    RecordKind.TALLY: QT_TRANSLATE_NOOP("ImportFields", "Delivery tallies"),
    RecordKind.EVENT: QT_TRANSLATE_NOOP("ImportFields", "Policy events"),
    RecordKind.SERIES: QT_TRANSLATE_NOOP("ImportFields", "Context series"),
}
FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("ImportFields", "Record id"),
    "date": QT_TRANSLATE_NOOP("ImportFields", "Date"),
    "end_date": QT_TRANSLATE_NOOP("ImportFields", "End date"),
    "target_date": QT_TRANSLATE_NOOP("ImportFields", "Target date"),
    "expiry_date": QT_TRANSLATE_NOOP("ImportFields", "Expiry date"),
    "donor": QT_TRANSLATE_NOOP("ImportFields", "Donor"),
    "recipient": QT_TRANSLATE_NOOP("ImportFields", "Recipient"),
    "actors": QT_TRANSLATE_NOOP("ImportFields", "Countries involved"),
    "vaccine": QT_TRANSLATE_NOOP("ImportFields", "Vaccine"),
    "doses": QT_TRANSLATE_NOOP("ImportFields", "Doses"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
    "commitment": QT_TRANSLATE_NOOP("ImportFields", "Commitment fulfilled"),
    "revision_of": QT_TRANSLATE_NOOP("ImportFields", "Revises commitment"),
    "deal_type": QT_TRANSLATE_NOOP("ImportFields", "Deal type"),
    "channel": QT_TRANSLATE_NOOP("ImportFields", "Channel"),
    "confidence": QT_TRANSLATE_NOOP("ImportFields", "Confidence"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Source URL"),
    "other_sources": QT_TRANSLATE_NOOP("ImportFields", "Other sources"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "description": QT_TRANSLATE_NOOP("ImportFields", "Description"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
    "series": QT_TRANSLATE_NOOP("ImportFields", "Series"),
    "unit": QT_TRANSLATE_NOOP("ImportFields", "Unit"),
    "value": QT_TRANSLATE_NOOP("ImportFields", "Value"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ImportFields", KIND_LABELS.get(kind, kind))


def field_label(name: str, required: bool) -> str:
    text = QCoreApplication.translate("ImportFields", FIELD_LABELS.get(name, name))
    return f"{text} ({name})" + (" *" if required else "")


def option_combo(parent, items: list[tuple[str, object]], editable: bool = False) -> QComboBox:
    c = QComboBox(parent)
    c.setEditable(editable)
    for text, data in items:
        c.addItem(text, data)
    return c


def select_option(combo: QComboBox, value) -> None:
    i = combo.findData(value)
    if i < 0 and combo.isEditable() and value:
        combo.setEditText(str(value))
    else:
        combo.setCurrentIndex(max(i, 0))


def option_value(combo: QComboBox):
    if combo.isEditable() and combo.currentText() != combo.itemText(combo.currentIndex()):
        return combo.currentText().strip() or None
    return combo.currentData()
