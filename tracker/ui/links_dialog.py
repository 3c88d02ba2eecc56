"""Suggested delivery → commitment links, confirmed by the user before anything is written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tracker.store.reconcile import LinkSuggestion


class LinkSuggestionsDialog(QDialog):
    """Lists suggestions with a tick box each; "Link selected" hands the ticked ones on."""

    def __init__(
        self,
        suggestions: list[LinkSuggestion],
        link: Callable[[list[LinkSuggestion]], int],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested links"))
        self.suggestions = suggestions
        self._link = link
        self.linked = 0
        intro = QLabel(
            self.tr(
                "Deliveries not yet linked to a commitment, with the commitment "
                "each most plausibly fulfils. Tick the links to make."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(suggestions), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Delivery"), self.tr("Commitment"), self.tr("Why")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Suggested links"))
        for row, s in enumerate(suggestions):
            item = QTableWidgetItem(s.delivery_ref or f"#{s.delivery_id}")
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(s.commitment_ref or f"#{s.commitment_id}"))
            self.table.setItem(row, 2, QTableWidgetItem(s.reason))
        self.buttons = QDialogButtonBox(self)
        self.link_button = self.buttons.addButton(
            self.tr("&Link selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.link_button.setEnabled(bool(suggestions))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not suggestions:
            layout.addWidget(
                QLabel(self.tr("Every delivery that matches a commitment is linked."), self)
            )
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(860, 420)

    def chosen(self) -> list[LinkSuggestion]:
        return [
            s
            for row, s in enumerate(self.suggestions)
            if (item := self.table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def _accept(self) -> None:
        self.linked = self._link(self.chosen())
        self.accept()
