"""The delivery form: arrival, donor, recipient, vaccine, doses, link to a commitment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from tracker.domain.enums import (
    DeliveryStatus,
    RecordKind,
)
from tracker.domain.errors import ValidationError
from tracker.domain.records import Delivery, SourceRef
from tracker.domain.validation import UNKNOWN, check_delivery
from tracker.ui.fields import ChoiceCombo
from tracker.ui.forms import RecordForm, SaveFunction
from tracker.ui.locale import display_locale


class DeliveryForm(RecordForm):
    kind = RecordKind.DELIVERY
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
        self.add_dose_rows(self.tr("&Arrived on"))
        self.add_row(
            "status", self.tr("S&tatus"), ChoiceCombo([s.value for s in DeliveryStatus], self)
        )
        self.input.code("status").set_code("delivered")
        link = QComboBox(self)
        link.addItem(self.tr("(not linked)"), None)
        self.add_row("commitment", self.tr("&Fulfils commitment"), link)
        self.outstanding = QLabel(self)
        self.form.addRow("", self.outstanding)
        self.add_closing_rows()
        self.quick_fill = QPushButton(self.tr("&Quick-fill from the last similar delivery"), self)
        self.quick_fill.clicked.connect(self.fill_from_last)
        self.form.addRow("", self.quick_fill)
        # As soon as both ends name a known actor: the completer's popup may keep
        # editingFinished from firing when the focus moves on.
        self._pair: tuple | None = None
        for key in ("donor", "recipient"):
            self.input.actor(key).editingFinished.connect(self.refresh_commitments)
            self.input.actor(key).textChanged.connect(self._pair_changed)
        link.currentIndexChanged.connect(self._show_outstanding)

    def _pair_changed(self) -> None:
        pair = (self.input.code("donor").code(), self.input.code("recipient").code())
        if all(pair) and pair != self._pair:
            self.refresh_commitments()

    def refresh_commitments(self) -> None:
        donor, recipient = self.input.code("donor").code(), self.input.code("recipient").code()
        self._pair = (donor, recipient)
        link = self.input.combo("commitment")
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
        link = self.input.combo("commitment")
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
        donor, recipient = self.input.code("donor").code(), self.input.code("recipient").code()
        last = self._last_similar(donor, recipient) if donor and recipient else None
        if not last:
            self.reason.setText(self.tr("No earlier delivery from this donor to this recipient."))
            return
        self.input.code("vaccine").set_code(last["vaccine"])
        self.input.doses().set_doses(int(last["doses"]))
        self.input.code("status").set_code(last["status"])
        if last.get("source") and not self.input.sources().sources():
            self.input.sources().set_sources([SourceRef(last["source"])])
        self.revalidate()

    def load(self, record: dict) -> None:
        self._load_dose_record(record, "arrived_on")
        self.input.code("status").set_code(record["status"])
        self._load_closing(record)
        self.refresh_commitments()
        link = self.input.combo("commitment")
        idx = link.findData(record.get("commitment_id"))
        link.setCurrentIndex(max(idx, 0))

    def _input_problems(self) -> list[ValidationError]:
        i = self.input
        probs = self._dose_record_problems()
        if i.code("vaccine").code() is None:
            probs.append(ValidationError("vaccine", self.tr("choose a vaccine from the list")))
        if not i.doses().text().strip():
            probs.append(ValidationError("doses", self.tr("required")))
        elif i.doses().doses() is None:
            probs.append(ValidationError("doses", self.tr("a whole number of doses")))
        return probs

    def _record_problems(self) -> list[ValidationError]:
        return [
            p
            for p in check_delivery(Delivery(*self._dose_record_args()))
            if not (p.field in ("donor", "recipient") and p.code in UNKNOWN)
        ]

    def _record_values(self) -> dict:
        i = self.input
        return {
            "arrived_on": i.date("date").date(),
            **self._dose_record_values(),
            **i.codes("status", "confidence"),
            "commitment_id": i.combo("commitment").currentData(),
        }
