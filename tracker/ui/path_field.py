"""One row to name a file: a line edit and its Browse… button (import, export data, export
chart)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class PathField(QWidget):
    """The file a dialog reads or writes. ``choose(current_text)`` opens the system's
    file dialog and returns the name picked ("" when cancelled); the field takes it."""

    changed = Signal(str)  # the text, on every edit or choice
    chosen = Signal(str)  # a name picked with Browse…

    def __init__(
        self,
        accessible_name: str,
        choose: Callable[[str], str],
        parent: QWidget | None = None,
        text: str = "",
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self.edit = QLineEdit(text, self)
        self.edit.setAccessibleName(accessible_name)
        self.browse_button = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.browse_button.clicked.connect(self.browse)
        self.retranslate_ui()

    # -- our API ------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text().strip()

    def path(self) -> Path:
        return Path(self.text()).expanduser()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def browse(self) -> None:
        name = self._choose(self.text())
        if name:
            self.edit.setText(name)
            self.chosen.emit(name)

    def retranslate_ui(self) -> None:
        self.browse_button.setText(self.tr("Browse…"))

    # -- Qt overrides -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
