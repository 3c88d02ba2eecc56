"""Input widgets for record forms: dates that complete, actors that autocomplete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import parse_doses, parse_partial_date
from tracker.domain.records import SourceRef
from tracker.ui.labels import (  # loaded on first use, after the first paint
    actors,
    vaccine_name,
    vaccines,
)

#: Inline error text under an input (forms, filter panel).
ERROR_STYLE = "color: #b00020;"


def with_error_line(parent: QWidget, widget: QWidget) -> tuple[QWidget, QLabel]:
    """``widget`` with its inline error line under it (hidden until there is an error),
    in one box to put in a form row."""
    error = QLabel(parent)
    error.setStyleSheet(ERROR_STYLE)
    error.setVisible(False)
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(1)
    lay.addWidget(widget)
    lay.addWidget(error)
    return box, error


class DateEdit(QLineEdit):
    """A date typed as text; partial input ("28/3") completes when focus leaves."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD, or 28/3/2021, 28/3"))
        self.editingFinished.connect(self._complete)

    def date(self) -> dt.date | None:
        return parse_partial_date(self.text())

    def set_date(self, day: dt.date | None) -> None:
        self.setText(day.isoformat() if day else "")

    def _complete(self) -> None:
        day = self.date()
        if day is not None and self.text() != day.isoformat():
            self.setText(day.isoformat())


def _actor_entries() -> list[str]:
    entries = []
    for a in actors():
        entries.append(f"{a.name} ({a.code})")
        if a.name_es and a.name_es != a.name:
            entries.append(f"{a.name_es} ({a.code})")
    return sorted(entries, key=str.casefold)


class ActorEdit(QLineEdit):
    """Donor/recipient input: codes, English or Spanish names, with completion."""

    _model: QStringListModel | None = None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        if ActorEdit._model is None:
            ActorEdit._model = QStringListModel()  # filled when first needed
        completer = QCompleter(ActorEdit._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Country or actor: name or code (e.g. MEX, México)"))
        # Leaving the field shows the start of a long name ("Estados Unidos (USA)").
        self.editingFinished.connect(lambda: self.setCursorPosition(0))

    @staticmethod
    def _fill_completions() -> None:
        model = ActorEdit._model
        if model is not None and not model.rowCount():
            model.setStringList(_actor_entries())

    def keyPressEvent(self, event) -> None:
        self._fill_completions()
        super().keyPressEvent(event)

    def code(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        if text.endswith(")") and "(" in text:
            text = text[text.rindex("(") + 1 : -1]
        return actors().resolve(text)

    def set_code(self, code: str | None) -> None:
        if not code:
            self.clear()
        elif code in actors():
            from tracker.ui.labels import actor_name

            self.setText(f"{actor_name(code)} ({code})")
        else:
            self.setText(code)
        self.setCursorPosition(0)  # a long name in a narrow field shows its start


class VaccineCombo(QComboBox):
    """Vaccine input. ``deferred``: the list is filled when first needed (the filter
    panel, painted at start-up before the registries are loaded)."""

    def __init__(self, parent=None, *, deferred: bool = False) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self._filled = False
        if not deferred:
            self._fill()
        # Inline completion: no popup to steal keys while typing fast.
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCurrentIndex(-1)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def _fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        text, blocked = self.currentText(), self.blockSignals(True)
        try:
            for v in vaccines():
                self.addItem(vaccine_name(v.code), v.code)
            self.setCurrentIndex(-1)
            self.setEditText(text)
        finally:
            self.blockSignals(blocked)

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()

    def focusInEvent(self, event) -> None:
        self._fill()
        super().focusInEvent(event)

    def keyPressEvent(self, event) -> None:
        self._fill()
        super().keyPressEvent(event)

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        self._fill()
        idx = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if idx >= 0:
            return self.itemData(idx)
        return vaccines().resolve(text)

    def set_code(self, code: str | None) -> None:
        if code:
            self._fill()
        idx = self.findData(code)
        self.setCurrentIndex(idx)
        if idx < 0:
            self.setEditText("")


class ChoiceCombo(QComboBox):
    """A fixed list of codes shown with translated labels."""

    def __init__(self, codes: list[str], parent=None) -> None:
        from tracker.ui.labels import label

        super().__init__(parent)
        for code in codes:
            self.addItem(label(code), code)

    def code(self) -> str:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        idx = self.findData(code)
        if idx >= 0:
            self.setCurrentIndex(idx)


class DosesEdit(QLineEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 1,500,000"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def doses(self) -> int | None:
        return parse_doses(self.text())

    def set_doses(self, value: int | None) -> None:
        """Shown grouped as the tables show it ("1,500,000"); typed either way."""
        from tracker.ui.locale import display_locale

        self.setText("" if value is None else display_locale().toString(int(value)))


class SourcesEditor(QWidget):
    """One or more sources (URL, title, publisher, date), each openable in the browser."""

    changed = Signal()
    HEADERS = ("URL", "Title", "Publisher", "Published")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("URL"), self.tr("Title"), self.tr("Publisher"), self.tr("Published")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(90)
        self.table.setAccessibleName(self.tr("Sources"))
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        add = QPushButton(self.tr("Add source"), self)
        remove = QPushButton(self.tr("Remove"), self)
        open_ = QPushButton(self.tr("Open in browser"), self)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self._remove)
        open_.clicked.connect(self._open)
        buttons = QHBoxLayout()
        for b in (add, remove, open_):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, source: SourceRef | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (
            ("", "", "", "")
            if not isinstance(source, SourceRef)
            else (
                source.url,
                source.title,
                source.publisher,
                source.published_on.isoformat() if source.published_on else "",
            )
        )
        items = [QTableWidgetItem(value) for value in values]
        for col, item in enumerate(items):
            self.table.setItem(row, col, item)
        if not isinstance(source, SourceRef):
            self.table.setCurrentCell(row, 0)
            self.table.editItem(items[0])
        self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _open(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and (item := self.table.item(row, 0)):
            QDesktopServices.openUrl(QUrl(item.text()))

    def sources(self) -> list[SourceRef]:
        out = []
        for row in range(self.table.rowCount()):
            cells = [
                (item.text().strip() if (item := self.table.item(row, c)) else "") for c in range(4)
            ]
            if cells[0]:
                out.append(SourceRef(cells[0], cells[1], cells[2], parse_partial_date(cells[3])))
        return out

    def invalid_urls(self) -> list[str]:
        return [s.url for s in self.sources() if not s.url.startswith(("http://", "https://"))]

    def set_sources(self, sources: list[SourceRef]) -> None:
        self.table.setRowCount(0)
        for s in sources:
            self.add_row(s)
