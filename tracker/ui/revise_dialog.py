"""Revising a commitment: a new figure, the history kept."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from tracker.domain.enums import (
    CommitmentStatus,
)
from tracker.domain.errors import ValidationError
from tracker.ui.fields import (
    ChoiceCombo,
    DateEdit,
    DosesEdit,
)
from tracker.ui.forms import RecordForm, SaveFunction
from tracker.ui.locale import display_locale


class ReviseDialog(RecordForm):
    """A new figure for a commitment; the old figures stay in its history."""

    kind = "revision"

    def __init__(self, save: SaveFunction, commitment: dict, parent=None) -> None:
        self.commitment = commitment
        super().__init__(save, None, parent)
        self.save_another_button.setVisible(False)
        self.setWindowTitle(self.tr("Revise commitment {0}").format(self.commitment_name()))

    def commitment_name(self) -> str:
        c = self.commitment
        return c.get("ref") or f"#{c['id']}"

    def build(self) -> None:
        from tracker.ui.labels import actor_name, vaccine_name

        c = self.commitment
        loc = display_locale()
        heading = QLabel(
            self.tr("<b>{0}</b>: {1} → {2}, {3}, {4} doses announced {5}").format(
                self.commitment_name(),
                actor_name(c["donor"]),
                actor_name(c["recipient"]),
                vaccine_name(c["vaccine"]),
                loc.toString(int(c["doses"])),
                c["announced_on"].isoformat(),
            ),
            self,
        )
        heading.setObjectName("revise_heading")
        self.form.addRow(heading)
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
        self.input.code("status").set_code(c.get("status", "announced"))
        self.add_row("notes", self.tr("&Notes"), QLineEdit(self))

    def problems(self) -> list[ValidationError]:
        probs = self._date_problem("date")
        d = self.input.doses().doses()
        if d is None or d <= 0:
            probs.append(ValidationError("doses", self.tr("doses must be greater than 0")))
        day = self.input.date("date").date()
        if day and day < self.commitment["announced_on"]:
            probs.append(
                ValidationError("date", self.tr("a revision cannot predate the announcement"))
            )
        return probs

    def values(self) -> dict:
        i = self.input
        return {
            "revised_on": i.date("date").date(),
            "doses": i.doses().doses(),
            "status": i.code("status").code(),
            "notes": i.line("notes").text().strip(),
        }
