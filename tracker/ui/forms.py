"""Record forms: keyboard-first entry with inline validation as you type.

A form never writes. It hands the values to the ``save`` function it was given (the
window's, which pushes an undo command) and closes only when that succeeded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import ValidationError
from tracker.domain.records import SourceRef
from tracker.ui import fields
from tracker.ui.fields import ERROR_STYLE, with_error_line
from tracker.ui.labels import reason
from tracker.ui.translatable import QT_TRANSLATE_NOOP

SaveFunction = Callable[[dict], bool]

#: The inputs that hold a code: an actor, a vaccine, or one of a fixed list.
CodeInput = fields.ActorEdit | fields.VaccineCombo | fields.ChoiceCombo
W = TypeVar("W", bound=QWidget)


class Inputs:
    """A form's inputs by key, each typed as the widget the form built for it."""

    def __init__(self, widgets: dict[str, QWidget]) -> None:
        self._widgets = widgets

    def _get(self, key: str, cls: type[W]) -> W:
        widget = self._widgets[key]
        if not isinstance(widget, cls):
            raise TypeError(f"the {key!r} input is a {type(widget).__name__}, not {cls}")
        return widget

    def date(self, key: str) -> fields.DateEdit:
        return self._get(key, fields.DateEdit)

    def code(self, key: str) -> CodeInput:
        widget = self._widgets[key]
        if not isinstance(widget, fields.ActorEdit | fields.VaccineCombo | fields.ChoiceCombo):
            raise TypeError(f"the {key!r} input holds no code")
        return widget

    def codes(self, *keys: str) -> dict[str, str | None]:
        """The codes chosen in the inputs ``keys``, by key."""
        return {key: self.code(key).code() for key in keys}

    def actor(self, key: str) -> fields.ActorEdit:
        return self._get(key, fields.ActorEdit)

    def doses(self, key: str = "doses") -> fields.DosesEdit:
        return self._get(key, fields.DosesEdit)

    def line(self, key: str) -> QLineEdit:
        return self._get(key, QLineEdit)

    def plain(self, key: str) -> QPlainTextEdit:
        return self._get(key, QPlainTextEdit)

    def combo(self, key: str) -> QComboBox:
        return self._get(key, QComboBox)

    def sources(self, key: str = "sources") -> fields.SourcesEditor:
        return self._get(key, fields.SourcesEditor)


class RecordForm(QDialog):
    """Base of the record forms: rows of (label, input, inline error), Save buttons."""

    kind: str = ""  # a RecordKind; the revision dialog's own "revision"
    keep_on_add_another: tuple[str, ...] = ()

    def __init__(
        self, save: SaveFunction, record: dict | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._save = save
        self.record = record
        self.inputs: dict[str, QWidget] = {}
        self.input = Inputs(self.inputs)
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason = QLabel(self)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("RecordForm", "&Save"), self)
        self.save_button.setDefault(True)
        self.save_another_button = QPushButton(
            QCoreApplication.translate("RecordForm", "Save and &add another"), self
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("RecordForm", "Cancel"), self)
        self.save_button.clicked.connect(lambda: self._on_save(False))
        self.save_another_button.clicked.connect(lambda: self._on_save(True))
        self.cancel_button.clicked.connect(self.reject)
        self.save_another_button.setVisible(record is None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_another_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.build()
        if record:
            self.load(record)
        for widget in self.inputs.values():
            self._watch(widget)
        self.setMinimumWidth(640)
        self.revalidate()
        first = self.inputs.get("date")
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------
    def add_row(self, key: str, label: str, widget: W) -> W:
        widget.setAccessibleName(label.replace("&", ""))
        box, error = with_error_line(self, widget)
        error.setAccessibleName(
            QCoreApplication.translate("RecordForm", "{0} error").format(label.replace("&", ""))
        )
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        self.form.addRow(lab, box)
        self.inputs[key] = widget
        self.errors[key] = error
        return widget

    def add_confidence_row(self) -> None:
        """How sure the source is; a new record starts at the user's last choice, stated
        under the field so it is never silently "High"."""
        from tracker.domain.enums import Confidence

        self.add_row(
            "confidence",
            QCoreApplication.translate("RecordForm", "Conf&idence"),
            fields.ChoiceCombo([c.value for c in Confidence], self),
        )
        self.confidence_hint = QLabel(self)
        self.confidence_hint.setObjectName("confidence_hint")
        self.confidence_hint.setVisible(False)
        self.form.addRow("", self.confidence_hint)

    def add_dose_rows(self, date_label: str) -> None:
        """The rows a commitment and a delivery start with: the date (``date_label``),
        donor, recipient, vaccine and doses."""
        self.add_row("date", date_label, fields.DateEdit(self))
        for key, label, widget in (
            ("donor", QT_TRANSLATE_NOOP("RecordForm", "&Donor"), fields.ActorEdit(self)),
            ("recipient", QT_TRANSLATE_NOOP("RecordForm", "&Recipient"), fields.ActorEdit(self)),
            ("vaccine", QT_TRANSLATE_NOOP("RecordForm", "&Vaccine"), fields.VaccineCombo(self)),
            ("doses", QT_TRANSLATE_NOOP("RecordForm", "D&oses"), fields.DosesEdit(self)),
        ):
            self.add_row(key, QCoreApplication.translate("RecordForm", label), widget)

    def add_closing_rows(self) -> None:
        """The rows every record form ends with: confidence, sources, notes."""
        self.add_confidence_row()
        self.add_row(
            "sources",
            QCoreApplication.translate("RecordForm", "&Sources"),
            fields.SourcesEditor(self),
        )
        self.add_row("notes", QCoreApplication.translate("RecordForm", "&Notes"), QLineEdit(self))

    def set_default_confidence(self, code: str, remembered: bool) -> None:
        """Preselect ``code`` for a new record and say where it comes from."""
        from tracker.ui.labels import label

        if "confidence" not in self.inputs:
            return
        self.input.code("confidence").set_code(code)
        text = (
            QCoreApplication.translate("RecordForm", "Preset to your last choice, {0}")
            if remembered
            else QCoreApplication.translate("RecordForm", "Preset to {0}; change it if unsure")
        )
        self.confidence_hint.setText(text.format(label(code)))
        self.confidence_hint.setVisible(True)

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.revalidate)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.revalidate)
            if widget.isEditable():
                widget.editTextChanged.connect(self.revalidate)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.revalidate)
        elif isinstance(widget, fields.SourcesEditor):
            widget.changed.connect(self.revalidate)

    # -- subclasses -------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def load(self, record: dict) -> None:
        raise NotImplementedError

    def _input_problems(self) -> list[ValidationError]:
        """What the form itself finds wrong with its inputs."""
        raise NotImplementedError

    def _record_problems(self) -> list[ValidationError]:
        """What the domain's validation finds wrong with the record the inputs make."""
        raise NotImplementedError

    def _record_values(self) -> dict:
        """The record's own values (before the notes and sources every form ends with)."""
        raise NotImplementedError

    # -- the record forms' common frame ----------------------------------------------
    def problems(self) -> list[ValidationError]:
        """The form's own problems, then the domain's for the fields the form found no
        fault with, then the sources'."""
        probs = self._input_problems()
        taken = {p.field for p in probs}
        probs += [p for p in self._record_problems() if p.field not in taken]
        return probs + self._sources_problem()

    def values(self) -> dict:
        return {**self._record_values(), **self._notes_and_sources()}

    def _load_dose_record(self, record: dict, date_key: str) -> None:
        """Fill the rows of :meth:`add_dose_rows` from ``record`` (its date is ``date_key``)."""
        i = self.input
        i.date("date").set_date(record[date_key])
        for key in ("donor", "recipient", "vaccine"):
            i.code(key).set_code(record[key])
        i.doses().set_doses(record["doses"])

    def _load_closing(self, record: dict) -> None:
        """Fill the rows of :meth:`add_closing_rows` from ``record``."""
        self.input.code("confidence").set_code(record.get("confidence"))
        self.input.line("notes").setText(record.get("notes") or "")
        self.input.sources().set_sources(sources_from(record))

    # -- validation -------------------------------------------------------------------
    def _date_problem(self, key: str, required: bool = True) -> list[ValidationError]:
        w = self.input.date(key)
        if not w.text().strip():
            return (
                [
                    ValidationError(
                        key, QCoreApplication.translate("RecordForm", "a date is required")
                    )
                ]
                if required
                else []
            )
        if w.date() is None:
            return [
                ValidationError(
                    key,
                    QCoreApplication.translate(
                        "RecordForm", "not a real date (try 2021-03-28 or 28/3/2021)"
                    ),
                )
            ]
        return []

    def _actor_problem(self, key: str) -> list[ValidationError]:
        w = self.input.actor(key)
        if not w.text().strip():
            return [ValidationError(key, QCoreApplication.translate("RecordForm", "required"))]
        if w.code() is None:
            from tracker.domain.actors import actors

            hint = actors().suggest(w.text())
            text = QCoreApplication.translate("RecordForm", "unknown country or actor")
            if hint:
                text += " — " + QCoreApplication.translate(
                    "RecordForm", "did you mean {0}?"
                ).format(", ".join(hint))
            return [ValidationError(key, text)]
        return []

    def _dose_record_problems(self) -> list[ValidationError]:
        """The date, donor and recipient a commitment and a delivery both need."""
        return (
            self._date_problem("date")
            + self._actor_problem("donor")
            + self._actor_problem("recipient")
        )

    def _dose_record_args(self) -> tuple[str, str, str, int, dt.date]:
        """Donor, recipient, vaccine, doses and date as ``Commitment`` and ``Delivery``
        take them, with placeholders where the input is not valid yet."""
        i = self.input
        return (
            i.code("donor").code() or "",
            i.code("recipient").code() or "",
            i.code("vaccine").code() or "",
            i.doses().doses() or 0,
            i.date("date").date() or dt.date.today(),
        )

    def _dose_record_values(self) -> dict:
        """Donor, recipient, vaccine and doses, as a commitment and a delivery store them."""
        return {
            **self.input.codes("donor", "recipient", "vaccine"),
            "doses": self.input.doses().doses(),
        }

    def _notes_and_sources(self) -> dict:
        """The values every record form ends with."""
        return {
            "notes": self.input.line("notes").text().strip(),
            "sources": self.input.sources().sources(),
        }

    def _sources_problem(self) -> list[ValidationError]:
        bad = self.input.sources().invalid_urls()
        if bad:
            return [
                ValidationError(
                    "sources",
                    QCoreApplication.translate("RecordForm", "not a web address: {0}").format(
                        bad[0]
                    ),
                )
            ]
        return []

    def revalidate(self) -> None:
        problems = self.problems()
        by_field: dict[str, list[str]] = {}
        for p in problems:
            key = {"date": "date", "end_date": "end_date"}.get(p.field, p.field)
            if key not in self.errors:
                key = "date" if "date" in p.field and "date" in self.errors else key
            by_field.setdefault(key, []).append(reason(p))
        for key, label in self.errors.items():
            text = "; ".join(by_field.get(key, []))
            label.setText(text)
            label.setVisible(bool(text))
        ok = not problems
        self.save_button.setEnabled(ok)
        self.save_another_button.setEnabled(ok)
        if ok:
            self.reason.setText("")
        else:
            first = problems[0]
            self.reason.setText(
                QCoreApplication.translate("RecordForm", "Cannot save: {0} — {1}").format(
                    first.field, reason(first)
                )
            )

    # -- saving -----------------------------------------------------------------------
    def changed_values(self) -> dict:
        """For an edit: only the fields that differ from the record as loaded."""
        values = self.values()
        if not self.record:
            return values
        out = {}
        for key, value in values.items():
            old = self.record.get(key)
            if key == "sources":
                old = [s["url"] if isinstance(s, dict) else s for s in (old or [])]
                if [s.url for s in value] != old:
                    out[key] = value
            elif key == "actors":
                if sorted(value) != sorted(old or []):
                    out[key] = value
            elif value != old and not (value in ("", None) and old in ("", None)):
                out[key] = value
        return out

    def _on_save(self, add_another: bool) -> None:
        self.revalidate()
        if not self.save_button.isEnabled():
            return
        values = self.changed_values()
        if self.record and not values:
            self.accept()
            return
        if not self._save(values):
            return
        if add_another:
            self.reset_for_another()
        else:
            self.accept()

    def reset_for_another(self) -> None:
        for key, widget in self.inputs.items():
            if key in self.keep_on_add_another:
                continue
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QPlainTextEdit):
                widget.clear()
            elif isinstance(widget, fields.SourcesEditor):
                pass  # the same source often covers the next shipment too
        self.revalidate()
        self.input.date("date").setFocus(Qt.FocusReason.OtherFocusReason)


def sources_from(record: dict) -> list[SourceRef]:
    return [
        SourceRef(s["url"], s.get("title") or "", s.get("publisher") or "", s.get("published_on"))
        for s in record.get("sources", [])
    ]
