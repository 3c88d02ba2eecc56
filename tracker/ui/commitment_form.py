"""The commitment form (the figure itself changes through Revise)."""

from __future__ import annotations

from tracker.domain.enums import (
    Channel,
    CommitmentStatus,
    DealType,
    RecordKind,
)
from tracker.domain.errors import ValidationError
from tracker.domain.records import Commitment
from tracker.domain.validation import UNKNOWN, check_commitment
from tracker.ui.fields import ChoiceCombo, DateEdit
from tracker.ui.forms import RecordForm, SaveFunction


class CommitmentForm(RecordForm):
    kind = RecordKind.COMMITMENT
    keep_on_add_another = ("donor", "recipient", "vaccine", "deal_type", "channel", "status")

    def __init__(self, save: SaveFunction, record: dict | None = None, parent=None) -> None:
        super().__init__(save, record, parent)
        self.setWindowTitle(self.tr("Edit commitment") if record else self.tr("Add commitment"))

    def build(self) -> None:
        self.add_dose_rows(self.tr("&Announced on"))
        self.add_row("deal_type", self.tr("D&eal"), ChoiceCombo([d.value for d in DealType], self))
        self.add_row("channel", self.tr("C&hannel"), ChoiceCombo([c.value for c in Channel], self))
        self.add_row(
            "status", self.tr("S&tatus"), ChoiceCombo([s.value for s in CommitmentStatus], self)
        )
        self.add_row("target_date", self.tr("Tar&get date"), DateEdit(self))
        self.add_closing_rows()
        if self.record:
            # The figure changes through "Revise", which keeps the history.
            self.input.doses().setReadOnly(True)
            self.input.doses().setToolTip(self.tr("Use Revise commitment to change the figure"))

    def load(self, record: dict) -> None:
        i = self.input
        self._load_dose_record(record, "announced_on")
        for key in ("deal_type", "channel", "status"):
            i.code(key).set_code(record[key])
        i.date("target_date").set_date(record.get("target_date"))
        self._load_closing(record)

    def _input_problems(self) -> list[ValidationError]:
        i = self.input
        probs = self._dose_record_problems()
        probs += self._date_problem("target_date", required=False)
        if i.code("vaccine").code() is None:
            probs.append(ValidationError("vaccine", self.tr("choose a vaccine from the list")))
        if i.doses().doses() is None:
            probs.append(ValidationError("doses", self.tr("a whole number of doses")))
        return probs

    def _record_problems(self) -> list[ValidationError]:
        target = self.input.date("target_date").date()
        c = Commitment(*self._dose_record_args(), target_date=target)
        return [p for p in check_commitment(c) if p.code not in UNKNOWN]

    def _record_values(self) -> dict:
        i = self.input
        return {
            "announced_on": i.date("date").date(),
            **self._dose_record_values(),
            **i.codes("deal_type", "channel", "status"),
            "target_date": i.date("target_date").date(),
            **i.codes("confidence"),
        }
