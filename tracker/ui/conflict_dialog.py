"""Saving over a record someone else changed: both versions side by side, field by field.

Shown when ``repository.apply`` raises ``ConflictError`` for an edit made with
``expected_version``. The user keeps their version, takes the other one, or merges
field by field; whatever they choose is saved as a *new* edit on the current version
(so it is one undoable step, and a third change in the meantime is caught again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from tracker.domain.changes import Change
from tracker.domain.errors import ConflictError, TrackerError
from tracker.store.audit import last_change
from tracker.store.database import Store
from tracker.store.repository import apply, read_record
from tracker.ui import messages
from tracker.ui.labels import label
from tracker.ui.layouts import dialog_layout
from tracker.ui.locale import datetime_text, display_locale
from tracker.ui.translatable import QT_TRANSLATE_NOOP

FIELD_LABELS = {
    "ref": QT_TRANSLATE_NOOP("ConflictDialog", "ID"),
    "donor": QT_TRANSLATE_NOOP("ConflictDialog", "Donor"),
    "recipient": QT_TRANSLATE_NOOP("ConflictDialog", "Recipient"),
    "vaccine": QT_TRANSLATE_NOOP("ConflictDialog", "Vaccine"),
    "doses": QT_TRANSLATE_NOOP("ConflictDialog", "Doses"),
    "arrived_on": QT_TRANSLATE_NOOP("ConflictDialog", "Arrived on"),
    "announced_on": QT_TRANSLATE_NOOP("ConflictDialog", "Announced on"),
    "target_date": QT_TRANSLATE_NOOP("ConflictDialog", "Target date"),
    "expiry_on": QT_TRANSLATE_NOOP("ConflictDialog", "Expiry"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    "deal_type": QT_TRANSLATE_NOOP("ConflictDialog", "Deal type"),
    "channel": QT_TRANSLATE_NOOP("ConflictDialog", "Channel"),
    "commitment_id": QT_TRANSLATE_NOOP("ConflictDialog", "Commitment"),
    "confidence": QT_TRANSLATE_NOOP("ConflictDialog", "Confidence"),
    "notes": QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
    "sources": QT_TRANSLATE_NOOP("ConflictDialog", "Sources"),
    "start_on": QT_TRANSLATE_NOOP("ConflictDialog", "Start"),
    "end_on": QT_TRANSLATE_NOOP("ConflictDialog", "End"),
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
    "description": QT_TRANSLATE_NOOP("ConflictDialog", "Description"),
    "category": QT_TRANSLATE_NOOP("ConflictDialog", "Category"),
    "actors": QT_TRANSLATE_NOOP("ConflictDialog", "Actors"),
}
_IGNORED = {"id", "version", "created_at", "updated_at", "revisions", "relinked_deliveries"}


def source_urls(sources: Iterable[object]) -> tuple[str, ...]:
    """The URLs of a record's sources (dicts, ``SourceRef`` objects or bare URLs)."""
    urls = [s.get("url") if isinstance(s, dict) else getattr(s, "url", s) for s in sources]
    return tuple(str(u) for u in urls if u)


def comparable(key: str, value: Any) -> object:
    """Values as the user sees them: no difference between ``None`` and "", sources by URL."""
    if value in (None, ""):
        return None
    if key == "sources":
        return source_urls(value) or None
    if key == "actors":
        return tuple(sorted(value)) or None
    return value


def differing_fields(mine: dict, theirs: dict) -> list[str]:
    return [
        k
        for k in mine
        if k not in _IGNORED and comparable(k, mine[k]) != comparable(k, theirs.get(k))
    ]


class ConflictDialog(QDialog):
    """Yours and theirs per field; the choice is applied as a new edit (role: see module).

    Parameters
    ----------
    store, kind, record_id:
        The record that could not be saved.
    my_values:
        The values the user tried to save.
    base_values:
        The record as it was when the user opened it: fields only one side changed are
        then pre-selected for that side (a three-way merge); conflicting ones are marked.
    apply_change:
        Saves the resolved edit (the window pushes it on its undo stack); raises
        ``ConflictError`` if the record changed yet again. Default: ``repository.apply``.
    """

    resolved = Signal(object)  # the Change saved, or None when the other version was kept

    def __init__(
        self,
        store: Store,
        kind: str,
        record_id: int,
        my_values: dict,
        base_values: dict | None = None,
        apply_change: Callable[[Change], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.kind, self.record_id = store, kind, record_id
        self.my_values = {k: v for k, v in my_values.items() if k not in _IGNORED}
        self.base_values = base_values
        self._apply = apply_change or (lambda change: apply(store, change))
        self.theirs: dict = {}
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.saved: Change | None = None
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.keep_mine = QPushButton(self.tr("Keep &my version"), self)
        self.take_theirs = QPushButton(self.tr("Take the &other version"), self)
        self.merge = QPushButton(self.tr("Save the &merge"), self)
        self.merge.setDefault(True)
        self.keep_mine.clicked.connect(lambda: self._save({k: "mine" for k in self.choices}))
        self.take_theirs.clicked.connect(lambda: self._save({}))
        self.merge.clicked.connect(lambda: self._save(self.selection()))
        dialog_layout(
            self,
            (self.intro, self.notice, self.grid_host),
            (self.take_theirs, self.keep_mine, self.merge),
        )
        self.reload()

    # -- our API ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the other version again and rebuild the side-by-side view."""
        self.theirs = read_record(self.store, self.kind, self.record_id)
        entry = last_change(self.store, self.kind, self.record_id)
        who = entry.user if entry else self.tr("someone")
        when = datetime_text(entry.at_local, QLocale.FormatType.ShortFormat) if entry else ""
        self.intro.setText(
            self.tr(
                "{0} changed this {1} ({2}) while you were editing it. Choose, field by "
                "field, which version to keep."
            ).format(who, label(self.kind), when)
        )
        self._build_grid()

    def selection(self) -> dict[str, str]:
        """``{field: "mine" | "theirs"}`` as the radio buttons stand."""
        return {k: "mine" if m.isChecked() else "theirs" for k, (m, _) in self.choices.items()}

    def resolved_values(self, choice: dict[str, str]) -> dict:
        """The fields the new edit writes: where the user chose their own value."""
        return {k: self.my_values[k] for k, side in choice.items() if side == "mine"}

    # -- building the view ------------------------------------------------------------------
    def _build_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.choices.clear()
        headers = (self.tr("Field"), self.tr("Your version"), self.tr("Their version"))
        for col, text in enumerate(headers):
            head = QLabel(f"<b>{text}</b>", self.grid_host)
            self.grid.addWidget(head, 0, col)
        fields = differing_fields(self.my_values, self.theirs)
        for row, key in enumerate(fields, start=1):
            name = QCoreApplication.translate("ConflictDialog", FIELD_LABELS.get(key, key))
            mine = self._choice(self._show(key, self.my_values.get(key)))
            theirs = self._choice(self._show(key, self.theirs.get(key)))
            mine.setObjectName(f"mine_{key}")
            theirs.setObjectName(f"theirs_{key}")
            group = QButtonGroup(self.grid_host)
            group.addButton(mine)
            group.addButton(theirs)
            side, both = self._default_side(key)
            (mine if side == "mine" else theirs).setChecked(True)
            field_label = QLabel(name + (" ⚠" if both else ""), self.grid_host)
            if both:
                field_label.setToolTip(self.tr("Both of you changed this field"))
            top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            self.grid.addWidget(field_label, row, 0, top_left)
            self.grid.addWidget(mine, row, 1, top_left)
            self.grid.addWidget(theirs, row, 2, top_left)
            self.choices[key] = (mine, theirs)
        if not fields:
            same = QLabel(self.tr("Both versions are now the same."), self.grid_host)
            self.grid.addWidget(same, 1, 0, 1, 3)
        self.keep_mine.setEnabled(bool(fields))

    def _choice(self, text: str) -> QRadioButton:
        """A radio button showing a value; long text is shortened, whole in the tooltip."""
        lines = [line if len(line) <= 60 else line[:59] + "…" for line in text.splitlines()]
        button = QRadioButton("\n".join(lines), self.grid_host)
        if "\n".join(lines) != text:
            button.setToolTip(text)
        return button

    def _default_side(self, key: str) -> tuple[str, bool]:
        """Which side to pre-select, and whether both people changed the field."""
        if self.base_values is None or key not in self.base_values:
            return "theirs", True
        base = comparable(key, self.base_values.get(key))
        i_changed = comparable(key, self.my_values.get(key)) != base
        they_changed = comparable(key, self.theirs.get(key)) != base
        if i_changed and not they_changed:
            return "mine", False
        return "theirs", i_changed and they_changed

    def _show(self, key: str, value: Any) -> str:
        loc = display_locale()
        if value in (None, "", []):
            return "—"
        if key == "sources":
            return "\n".join(source_urls(value))
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return loc.toString(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        if key in ("status", "deal_type", "channel", "confidence", "category"):
            return label(str(value))
        return str(value)

    # -- saving -----------------------------------------------------------------------------
    def _save(self, choice: dict[str, str]) -> None:
        values = self.resolved_values(choice)
        if not values:  # the other version stands as it is: nothing to write
            self.saved = None
            self.resolved.emit(None)
            self.accept()
            return
        change = Change(
            self.kind, "edit", self.record_id, values, expected_version=self.theirs["version"]
        )
        try:
            self._apply(change)
        except ConflictError:
            try:
                self.reload()
            except ConflictError as gone:  # deleted meanwhile: nothing left to merge into
                messages.show_exception(self, gone)
                self.reject()
                return
            self.notice.setText(
                self.tr(
                    "It was changed again while you were choosing; here is the newest "
                    "version. Nothing was saved yet."
                )
            )
            self.notice.show()
            return
        except TrackerError as exc:
            messages.show_exception(self, exc)
            return
        self.saved = change
        self.resolved.emit(change)
        self.accept()
