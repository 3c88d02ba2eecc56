"""The filter panel: donor, recipient, vaccine, deal, channel, category, dates, search."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tracker.domain.enums import Channel, DealType, EventCategory
from tracker.domain.filters import Filters
from tracker.ui.fields import ActorEdit, ChoiceCombo, DateEdit, VaccineCombo, with_error_line


class _AnyChoice(ChoiceCombo):
    def __init__(self, codes: list[str], parent=None) -> None:
        super().__init__(codes, parent)
        self.insertItem(0, self.tr("Any"), None)
        self.setCurrentIndex(0)


class FilterPanel(QWidget):
    """Emits ``filters_changed`` (debounced) whenever the user changes a filter."""

    filters_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.donor = ActorEdit(self)
        self.recipient = ActorEdit(self)
        self.vaccine = VaccineCombo(self, deferred=True)
        edit = self.vaccine.lineEdit()
        assert edit is not None  # an editable combo box has one
        edit.setPlaceholderText(self.tr("Any vaccine"))
        self.deal = _AnyChoice([d.value for d in DealType], self)
        self.channel = _AnyChoice([c.value for c in Channel], self)
        self.category = _AnyChoice([c.value for c in EventCategory], self)
        self.date_from = DateEdit(self)
        self.date_to = DateEdit(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        # Off by default: a few global pledges would flatten every bilateral delivery.
        self.group_pledges = QCheckBox(self.tr("&Global pledges as committed"), self)
        self.group_pledges.setToolTip(
            self.tr(
                "Global, COVAX-channel and G7 pledges have their own lane; tick to add them "
                "to the committed line instead."
            )
        )
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        # Wide enough for a long name and its code in either language.
        wide = self.fontMetrics().horizontalAdvance("Estados Unidos (USA)") + 24
        for edit in (self.donor, self.recipient):
            edit.setMinimumWidth(wide)
        self.donor.setPlaceholderText(self.tr("Any donor"))
        self.recipient.setPlaceholderText(self.tr("Any recipient"))
        self.date_from.setPlaceholderText(self.tr("From (any)"))
        self.date_to.setPlaceholderText(self.tr("To (any)"))
        self.search.setPlaceholderText(self.tr("Search notes, titles, sources…"))
        layout = QFormLayout(self)
        rows = (
            (self.tr("Donor"), self.donor),
            (self.tr("Recipient"), self.recipient),
            (self.tr("Vaccine"), self.vaccine),
            (self.tr("Deal"), self.deal),
            (self.tr("Channel"), self.channel),
            (self.tr("Event category"), self.category),
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
            (self.tr("Search"), self.search),
        )
        # A date that is not a real one, or a From after To, is explained under the field
        # (as the record forms do) and never applied: the last valid range stays.
        self.date_errors: dict[str, QLabel] = {}
        for text, widget in rows:
            widget.setAccessibleName(self.tr("Filter: {0}").format(text))
            if widget in (self.date_from, self.date_to):
                key = "from" if widget is self.date_from else "to"
                box, error = with_error_line(self, widget)
                error.setObjectName(f"filter_{key}_error")
                error.setWordWrap(True)
                self.date_errors[key] = error
                label = QLabel(text, self)
                label.setBuddy(widget)
                layout.addRow(label, box)
            else:
                layout.addRow(text, widget)
        layout.addRow(self.group_pledges)
        layout.addRow(self.clear_button)
        self._dates: tuple = (None, None)  # the last valid (applied) From and To
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._changed)

        # start() without the signal's argument: an index or text is not an interval.
        def restart(*_args) -> None:
            self._timer.start()

        for w in (self.donor, self.recipient, self.date_from, self.date_to, self.search):
            w.textChanged.connect(restart)
        self.vaccine.editTextChanged.connect(restart)
        for combo in (self.vaccine, self.deal, self.channel, self.category):
            combo.currentIndexChanged.connect(restart)
        self.group_pledges.toggled.connect(restart)

    def date_problems(self) -> dict[str, str]:
        """Why the typed From/To cannot be applied, by field ("from", "to")."""
        problems: dict[str, str] = {}
        for key, edit in (("from", self.date_from), ("to", self.date_to)):
            if edit.text().strip() and edit.date() is None:
                problems[key] = self.tr("not a real date (try 2021-03-28 or 28/3/2021)")
        first, last = self.date_from.date(), self.date_to.date()
        if not problems and first and last and last < first:
            problems["to"] = self.tr("earlier than From ({0})").format(first.isoformat())
        return problems

    def _show_date_problems(self) -> dict[str, str]:
        problems = self.date_problems()
        for key, label in self.date_errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        return problems

    def _changed(self) -> None:
        if self._show_date_problems():
            return  # never apply an invalid range; the reason is shown beside the field
        self.filters_changed.emit(self.filters())

    def first_field(self) -> QWidget:
        """Where the keyboard lands when F6 brings the focus to the filters."""
        return self.donor

    def filters(self) -> Filters:
        def one(code):
            return (code,) if code else ()

        if not self.date_problems():
            self._dates = (self.date_from.date(), self.date_to.date())
        first, last = self._dates

        return Filters(
            donors=one(self.donor.code()),
            recipients=one(self.recipient.code()),
            vaccines=one(self.vaccine.code()),
            deal_types=one(self.deal.currentData()),
            channels=one(self.channel.currentData()),
            categories=one(self.category.currentData()),
            date_from=first,
            date_to=last,
            text=self.search.text(),
            group_pledges=self.group_pledges.isChecked(),
        )

    def set_filters(self, f: Filters) -> None:
        self.donor.set_code(f.donors[0] if f.donors else None)
        self.recipient.set_code(f.recipients[0] if f.recipients else None)
        self.vaccine.set_code(f.vaccines[0] if f.vaccines else None)
        for combo, values in (
            (self.deal, f.deal_types),
            (self.channel, f.channels),
            (self.category, f.categories),
        ):
            combo.setCurrentIndex(max(combo.findData(values[0]), 0) if values else 0)
        self.date_from.set_date(f.date_from)
        self.date_to.set_date(f.date_to)
        self.search.setText(f.text)
        self.group_pledges.setChecked(f.group_pledges)
        self._show_date_problems()

    def clear(self) -> None:
        self.set_filters(Filters())

    def to_json(self) -> dict:
        f = self.filters()
        return {
            "donors": list(f.donors),
            "recipients": list(f.recipients),
            "vaccines": list(f.vaccines),
            "deal_types": list(f.deal_types),
            "channels": list(f.channels),
            "categories": list(f.categories),
            "date_from": f.date_from.isoformat() if f.date_from else None,
            "date_to": f.date_to.isoformat() if f.date_to else None,
            "text": f.text,
            "group_pledges": f.group_pledges,
        }

    @staticmethod
    def from_json(data: dict) -> Filters:
        import datetime as dt

        def day(v):
            try:
                return dt.date.fromisoformat(v) if v else None
            except (TypeError, ValueError):
                return None

        return Filters(
            donors=tuple(data.get("donors", [])),
            recipients=tuple(data.get("recipients", [])),
            vaccines=tuple(data.get("vaccines", [])),
            deal_types=tuple(data.get("deal_types", [])),
            channels=tuple(data.get("channels", [])),
            categories=tuple(data.get("categories", [])),
            date_from=day(data.get("date_from")),
            date_to=day(data.get("date_to")),
            text=data.get("text", "") or "",
            group_pledges=bool(data.get("group_pledges", False)),
        )
