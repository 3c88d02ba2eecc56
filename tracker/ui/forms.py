"""Record forms: keyboard-first entry with inline validation as you type.

A form never writes. It hands the values to the ``save`` function it was given (the
window's, which pushes an undo command) and closes only when that succeeded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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

from tracker.domain.enums import (
    Channel,
    CommitmentStatus,
    Confidence,
    DealType,
    DeliveryStatus,
    EventCategory,
)
from tracker.domain.errors import ValidationError
from tracker.domain.records import Commitment, Delivery, PolicyEvent, SourceRef
from tracker.domain.validation import check_commitment, check_delivery, check_event
from tracker.ui.fields import (
    ActorEdit,
    ChoiceCombo,
    DateEdit,
    DosesEdit,
    SourcesEditor,
    VaccineCombo,
)
from tracker.ui.labels import reason
from tracker.ui.locale import display_locale

SaveFunction = Callable[[dict], bool]
ERROR_STYLE = "color: #b00020;"


class RecordForm(QDialog):
    """Base of the record forms: rows of (label, input, inline error), Save buttons."""

    kind = ""
    keep_on_add_another: tuple[str, ...] = ()

    def __init__(
        self, save: SaveFunction, record: dict | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._save = save
        self.record = record
        self.inputs: dict[str, QWidget] = {}
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
    def add_row(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label.replace("&", ""))
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        error.setAccessibleName(
            QCoreApplication.translate("RecordForm", "{0} error").format(label.replace("&", ""))
        )
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        lay.addWidget(error)
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        self.form.addRow(lab, box)
        self.inputs[key] = widget
        self.errors[key] = error
        return widget

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.revalidate)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.revalidate)
            if widget.isEditable():
                widget.editTextChanged.connect(self.revalidate)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.revalidate)
        elif isinstance(widget, SourcesEditor):
            widget.changed.connect(self.revalidate)

    # -- subclasses -------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def load(self, record: dict) -> None:
        raise NotImplementedError

    def problems(self) -> list[ValidationError]:
        raise NotImplementedError

    def values(self) -> dict:
        raise NotImplementedError

    # -- validation -------------------------------------------------------------------
    def _date_problem(self, key: str, required: bool = True) -> list[ValidationError]:
        w = self.inputs[key]
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
        w = self.inputs[key]
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

    def _sources_problem(self) -> list[ValidationError]:
        bad = self.inputs["sources"].invalid_urls()
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
            by_field.setdefault(key, []).append(reason(p.reason))
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
                    first.field, first.reason
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
            elif isinstance(widget, SourcesEditor):
                pass  # the same source often covers the next shipment too
        self.revalidate()
        self.inputs["date"].setFocus(Qt.FocusReason.OtherFocusReason)


def _sources_from(record: dict) -> list[SourceRef]:
    return [
        SourceRef(s["url"], s.get("title") or "", s.get("publisher") or "", s.get("published_on"))
        for s in record.get("sources", [])
    ]


class DeliveryForm(RecordForm):
    kind = "deliveries"
    keep_on_add_another = ("donor", "recipient", "vaccine", "status", "commitment")

    def __init__(
        self,
        save: SaveFunction,
        record: dict | None = None,
        parent=None,
        *,
        commitments: Callable[[str, str], list[tuple[int, str, int]]] | None = None,
        last_similar: Callable[[str, str], dict | None] | None = None,
    ) -> None:
        self._commitments = commitments or (lambda d, r: [])
        self._last_similar = last_similar or (lambda d, r: None)
        super().__init__(save, record, parent)
        self.setWindowTitle(self.tr("Edit delivery") if record else self.tr("Add delivery"))

    def build(self) -> None:
        self.add_row("date", self.tr("&Arrived on"), DateEdit(self))
        self.add_row("donor", self.tr("&Donor"), ActorEdit(self))
        self.add_row("recipient", self.tr("&Recipient"), ActorEdit(self))
        self.add_row("vaccine", self.tr("&Vaccine"), VaccineCombo(self))
        self.add_row("doses", self.tr("D&oses"), DosesEdit(self))
        self.add_row(
            "status", self.tr("S&tatus"), ChoiceCombo([s.value for s in DeliveryStatus], self)
        )
        self.inputs["status"].set_code("delivered")
        link = QComboBox(self)
        link.addItem(self.tr("(not linked)"), None)
        self.add_row("commitment", self.tr("&Fulfils commitment"), link)
        self.outstanding = QLabel(self)
        self.form.addRow("", self.outstanding)
        self.add_row("sources", self.tr("&Sources"), SourcesEditor(self))
        self.add_row("notes", self.tr("&Notes"), QLineEdit(self))
        self.quick_fill = QPushButton(self.tr("&Quick-fill from the last similar delivery"), self)
        self.quick_fill.clicked.connect(self.fill_from_last)
        self.form.addRow("", self.quick_fill)
        self.inputs["donor"].editingFinished.connect(self.refresh_commitments)
        self.inputs["recipient"].editingFinished.connect(self.refresh_commitments)
        link.currentIndexChanged.connect(self._show_outstanding)

    def refresh_commitments(self) -> None:
        donor, recipient = self.inputs["donor"].code(), self.inputs["recipient"].code()
        link: QComboBox = self.inputs["commitment"]
        keep = link.currentData()
        link.blockSignals(True)
        link.clear()
        link.addItem(self.tr("(not linked)"), None)
        if donor and recipient:
            for cid, text, outstanding in self._commitments(donor, recipient):
                link.addItem(text, cid)
                link.setItemData(link.count() - 1, outstanding, Qt.ItemDataRole.UserRole + 1)
        idx = link.findData(keep)
        link.setCurrentIndex(max(idx, 0))
        link.blockSignals(False)
        self._show_outstanding()

    def _show_outstanding(self) -> None:
        link: QComboBox = self.inputs["commitment"]
        outstanding = link.currentData(Qt.ItemDataRole.UserRole + 1)
        if link.currentData() is None or outstanding is None:
            self.outstanding.setText("")
        else:
            self.outstanding.setText(
                self.tr("Still outstanding on this commitment: {0} doses").format(
                    display_locale().toString(int(outstanding))
                )
            )

    def fill_from_last(self) -> None:
        donor, recipient = self.inputs["donor"].code(), self.inputs["recipient"].code()
        last = self._last_similar(donor, recipient) if donor and recipient else None
        if not last:
            self.reason.setText(self.tr("No earlier delivery from this donor to this recipient."))
            return
        self.inputs["vaccine"].set_code(last["vaccine"])
        self.inputs["doses"].set_doses(int(last["doses"]))
        self.inputs["status"].set_code(last["status"])
        if last.get("source") and not self.inputs["sources"].sources():
            self.inputs["sources"].set_sources([SourceRef(last["source"])])
        self.revalidate()

    def load(self, record: dict) -> None:
        self.inputs["date"].set_date(record["arrived_on"])
        self.inputs["donor"].set_code(record["donor"])
        self.inputs["recipient"].set_code(record["recipient"])
        self.inputs["vaccine"].set_code(record["vaccine"])
        self.inputs["doses"].set_doses(record["doses"])
        self.inputs["status"].set_code(record["status"])
        self.inputs["notes"].setText(record.get("notes") or "")
        self.inputs["sources"].set_sources(_sources_from(record))
        self.refresh_commitments()
        link: QComboBox = self.inputs["commitment"]
        idx = link.findData(record.get("commitment_id"))
        link.setCurrentIndex(max(idx, 0))

    def _record(self) -> Delivery:
        i = self.inputs
        return Delivery(
            i["donor"].code() or "",
            i["recipient"].code() or "",
            i["vaccine"].code() or "",
            i["doses"].doses() if i["doses"].doses() is not None else 0,
            i["date"].date() or dt.date.today(),
        )

    def problems(self) -> list[ValidationError]:
        i = self.inputs
        probs = (
            self._date_problem("date")
            + self._actor_problem("donor")
            + self._actor_problem("recipient")
        )
        if i["vaccine"].code() is None:
            probs.append(ValidationError("vaccine", self.tr("choose a vaccine from the list")))
        if not i["doses"].text().strip():
            probs.append(ValidationError("doses", self.tr("required")))
        elif i["doses"].doses() is None:
            probs.append(ValidationError("doses", self.tr("a whole number of doses")))
        taken = {p.field for p in probs}
        for p in check_delivery(self._record()):
            if p.field not in taken and not (
                p.field in ("donor", "recipient") and "unknown" in p.reason
            ):
                probs.append(p)
        return probs + self._sources_problem()

    def values(self) -> dict:
        i = self.inputs
        return {
            "arrived_on": i["date"].date(),
            "donor": i["donor"].code(),
            "recipient": i["recipient"].code(),
            "vaccine": i["vaccine"].code(),
            "doses": i["doses"].doses(),
            "status": i["status"].code(),
            "commitment_id": i["commitment"].currentData(),
            "notes": i["notes"].text().strip(),
            "sources": i["sources"].sources(),
        }


class CommitmentForm(RecordForm):
    kind = "commitments"
    keep_on_add_another = ("donor", "recipient", "vaccine", "deal_type", "channel", "status")

    def __init__(self, save: SaveFunction, record: dict | None = None, parent=None) -> None:
        super().__init__(save, record, parent)
        self.setWindowTitle(self.tr("Edit commitment") if record else self.tr("Add commitment"))

    def build(self) -> None:
        self.add_row("date", self.tr("&Announced on"), DateEdit(self))
        self.add_row("donor", self.tr("&Donor"), ActorEdit(self))
        self.add_row("recipient", self.tr("&Recipient"), ActorEdit(self))
        self.add_row("vaccine", self.tr("&Vaccine"), VaccineCombo(self))
        self.add_row("doses", self.tr("D&oses"), DosesEdit(self))
        self.add_row("deal_type", self.tr("D&eal"), ChoiceCombo([d.value for d in DealType], self))
        self.add_row("channel", self.tr("C&hannel"), ChoiceCombo([c.value for c in Channel], self))
        self.add_row(
            "status", self.tr("S&tatus"), ChoiceCombo([s.value for s in CommitmentStatus], self)
        )
        self.add_row("target_date", self.tr("Tar&get date"), DateEdit(self))
        self.add_row(
            "confidence", self.tr("Con&fidence"), ChoiceCombo([c.value for c in Confidence], self)
        )
        self.add_row("sources", self.tr("&Sources"), SourcesEditor(self))
        self.add_row("notes", self.tr("&Notes"), QLineEdit(self))
        if self.record:
            # The figure changes through "Revise", which keeps the history.
            self.inputs["doses"].setReadOnly(True)
            self.inputs["doses"].setToolTip(self.tr("Use Revise commitment to change the figure"))

    def load(self, record: dict) -> None:
        i = self.inputs
        i["date"].set_date(record["announced_on"])
        i["donor"].set_code(record["donor"])
        i["recipient"].set_code(record["recipient"])
        i["vaccine"].set_code(record["vaccine"])
        i["doses"].set_doses(record["doses"])
        for key in ("deal_type", "channel", "status", "confidence"):
            i[key].set_code(record[key])
        i["target_date"].set_date(record.get("target_date"))
        i["notes"].setText(record.get("notes") or "")
        i["sources"].set_sources(_sources_from(record))

    def problems(self) -> list[ValidationError]:
        i = self.inputs
        probs = (
            self._date_problem("date")
            + self._actor_problem("donor")
            + self._actor_problem("recipient")
        )
        probs += self._date_problem("target_date", required=False)
        if i["vaccine"].code() is None:
            probs.append(ValidationError("vaccine", self.tr("choose a vaccine from the list")))
        if i["doses"].doses() is None:
            probs.append(ValidationError("doses", self.tr("a whole number of doses")))
        taken = {p.field for p in probs}
        c = Commitment(
            i["donor"].code() or "",
            i["recipient"].code() or "",
            i["vaccine"].code() or "",
            i["doses"].doses() or 0,
            i["date"].date() or dt.date.today(),
            target_date=i["target_date"].date(),
        )
        for p in check_commitment(c):
            if p.field not in taken and "unknown" not in p.reason:
                probs.append(p)
        return probs + self._sources_problem()

    def values(self) -> dict:
        i = self.inputs
        return {
            "announced_on": i["date"].date(),
            "donor": i["donor"].code(),
            "recipient": i["recipient"].code(),
            "vaccine": i["vaccine"].code(),
            "doses": i["doses"].doses(),
            "deal_type": i["deal_type"].code(),
            "channel": i["channel"].code(),
            "status": i["status"].code(),
            "target_date": i["target_date"].date(),
            "confidence": i["confidence"].code(),
            "notes": i["notes"].text().strip(),
            "sources": i["sources"].sources(),
        }


class EventForm(RecordForm):
    kind = "events"
    keep_on_add_another = ("category",)

    def __init__(self, save: SaveFunction, record: dict | None = None, parent=None) -> None:
        super().__init__(save, record, parent)
        self.setWindowTitle(self.tr("Edit policy event") if record else self.tr("Add policy event"))

    def build(self) -> None:
        self.add_row("date", self.tr("&Date (or start)"), DateEdit(self))
        self.add_row("end_date", self.tr("&Until (for a period)"), DateEdit(self))
        self.add_row("title", self.tr("&Title"), QLineEdit(self))
        self.add_row(
            "category", self.tr("&Category"), ChoiceCombo([c.value for c in EventCategory], self)
        )
        actors = QLineEdit(self)
        actors.setPlaceholderText(self.tr("Codes or names separated by ; (e.g. USA; México)"))
        self.add_row("actors", self.tr("&Actors"), actors)
        self.add_row("description", self.tr("D&escription"), QPlainTextEdit(self))
        self.inputs["description"].setTabChangesFocus(True)
        self.inputs["description"].setFixedHeight(70)
        self.add_row("sources", self.tr("&Sources"), SourcesEditor(self))
        self.add_row("notes", self.tr("&Notes"), QLineEdit(self))

    def load(self, record: dict) -> None:
        i = self.inputs
        i["date"].set_date(record["start_on"])
        i["end_date"].set_date(record.get("end_on"))
        i["title"].setText(record["title"])
        i["category"].set_code(record["category"])
        i["actors"].setText("; ".join(record.get("actors", [])))
        i["description"].setPlainText(record.get("description") or "")
        i["notes"].setText(record.get("notes") or "")
        i["sources"].set_sources(_sources_from(record))

    def _actor_codes(self) -> tuple[list[str], list[str]]:
        from tracker.domain.actors import actors

        codes, unknown = [], []
        for part in filter(None, (p.strip() for p in self.inputs["actors"].text().split(";"))):
            code = actors().resolve(part)
            (codes if code else unknown).append(code or part)
        return codes, unknown

    def problems(self) -> list[ValidationError]:
        i = self.inputs
        probs = self._date_problem("date") + self._date_problem("end_date", required=False)
        codes, unknown = self._actor_codes()
        if unknown:
            probs.append(
                ValidationError("actors", self.tr("unknown: {0}").format(", ".join(unknown)))
            )
        taken = {p.field for p in probs}
        e = PolicyEvent(
            i["date"].date() or dt.date.today(), i["title"].text(), end_on=i["end_date"].date()
        )
        probs += [p for p in check_event(e) if p.field not in taken]
        return probs + self._sources_problem()

    def values(self) -> dict:
        i = self.inputs
        return {
            "start_on": i["date"].date(),
            "end_on": i["end_date"].date(),
            "title": i["title"].text().strip(),
            "category": i["category"].code(),
            "actors": self._actor_codes()[0],
            "description": i["description"].toPlainText().strip(),
            "notes": i["notes"].text().strip(),
            "sources": i["sources"].sources(),
        }


class ReviseDialog(RecordForm):
    """A new figure for a commitment; the old figures stay in its history."""

    kind = "revision"

    def __init__(self, save: SaveFunction, commitment: dict, parent=None) -> None:
        self.commitment = commitment
        super().__init__(save, None, parent)
        self.save_another_button.setVisible(False)
        self.setWindowTitle(self.tr("Revise commitment"))

    def build(self) -> None:

        c = self.commitment
        history = "\n".join(
            f"{r['revised_on']}: {display_locale().toString(int(r['doses']))} ({r['status']})"
            for r in c.get("revisions", [])
        )
        summary = QLabel(self.tr("History:\n{0}").format(history), self)
        self.form.addRow(summary)
        self.add_row("date", self.tr("&Revised on"), DateEdit(self))
        self.add_row("doses", self.tr("New &figure (doses)"), DosesEdit(self))
        self.add_row(
            "status", self.tr("S&tatus"), ChoiceCombo([s.value for s in CommitmentStatus], self)
        )
        self.inputs["status"].set_code(c.get("status", "announced"))
        self.add_row("notes", self.tr("&Notes"), QLineEdit(self))

    def problems(self) -> list[ValidationError]:
        probs = self._date_problem("date")
        d = self.inputs["doses"].doses()
        if d is None or d <= 0:
            probs.append(ValidationError("doses", self.tr("doses must be greater than 0")))
        day = self.inputs["date"].date()
        if day and day < self.commitment["announced_on"]:
            probs.append(
                ValidationError("date", self.tr("a revision cannot predate the announcement"))
            )
        return probs

    def values(self) -> dict:
        i = self.inputs
        return {
            "revised_on": i["date"].date(),
            "doses": i["doses"].doses(),
            "status": i["status"].code(),
            "notes": i["notes"].text().strip(),
        }
