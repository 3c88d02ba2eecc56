"""The policy event form: a date or a period, actors, sources."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from tracker.domain.enums import (
    EventCategory,
    RecordKind,
)
from tracker.domain.errors import ValidationError
from tracker.domain.records import PolicyEvent
from tracker.domain.validation import check_event
from tracker.ui.fields import ChoiceCombo, DateEdit
from tracker.ui.forms import RecordForm, SaveFunction


class EventForm(RecordForm):
    kind = RecordKind.EVENT
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
        self.input.plain("description").setTabChangesFocus(True)
        self.input.plain("description").setFixedHeight(70)
        self.add_closing_rows()

    def load(self, record: dict) -> None:
        i = self.input
        i.date("date").set_date(record["start_on"])
        i.date("end_date").set_date(record.get("end_on"))
        i.line("title").setText(record["title"])
        i.code("category").set_code(record["category"])
        i.line("actors").setText("; ".join(record.get("actors", [])))
        i.plain("description").setPlainText(record.get("description") or "")
        self._load_closing(record)

    def _actor_codes(self) -> tuple[list[str], list[str]]:
        from tracker.domain.actors import actors

        codes: list[str] = []
        unknown: list[str] = []
        for part in filter(None, (p.strip() for p in self.input.line("actors").text().split(";"))):
            code = actors().resolve(part)
            (codes if code else unknown).append(code or part)
        return codes, unknown

    def _input_problems(self) -> list[ValidationError]:
        probs = self._date_problem("date") + self._date_problem("end_date", required=False)
        codes, unknown = self._actor_codes()
        if unknown:
            probs.append(
                ValidationError("actors", self.tr("unknown: {0}").format(", ".join(unknown)))
            )
        return probs

    def _record_problems(self) -> list[ValidationError]:
        i = self.input
        e = PolicyEvent(
            i.date("date").date() or dt.date.today(),
            i.line("title").text(),
            end_on=i.date("end_date").date(),
        )
        return check_event(e)

    def _record_values(self) -> dict:
        i = self.input
        return {
            "start_on": i.date("date").date(),
            "end_on": i.date("end_date").date(),
            "title": i.line("title").text().strip(),
            **i.codes("category", "confidence"),
            "actors": self._actor_codes()[0],
            "description": i.plain("description").toPlainText().strip(),
        }
