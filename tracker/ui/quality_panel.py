"""Data quality: each finding listed, double-click to jump to the record."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the window's first paint
    from tracker.domain.reconcile import Finding
    from tracker.store.database import Store


class QualityPanel(QWidget):
    """Lists findings from :func:`tracker.store.reconcile.reconcile`; emits ``record_requested``."""

    record_requested = Signal(str, int)  # kind, record id

    def __init__(self, store_getter: Callable[[], Store | None], parent=None) -> None:
        super().__init__(parent)
        self._store = store_getter
        self.summary = QLabel(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Data-quality findings"))
        self.list.itemActivated.connect(self._activated)
        refresh = QPushButton(self.tr("&Check again"), self)
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(refresh)
        self.findings: list[Finding] = []

    def refresh(self) -> None:
        from tracker.store.reconcile import reconcile

        store = self._store()
        if store is None:  # still loading
            return
        self.findings = reconcile(store).findings
        self.list.clear()
        labels = {"warning": self.tr("Warning"), "info": self.tr("Note")}
        for f in self.findings:
            text = f"{labels.get(f.severity, f.severity)} · {f.ref}: {with_names(f.message)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (f.kind, f.record_id))
            if f.record_id is None:
                item.setToolTip(self.tr("Not a record"))
            self.list.addItem(item)
        n = len(self.findings)
        warnings = sum(f.severity == "warning" for f in self.findings)
        # One and many, chosen here: English and Spanish both distinguish only 1 and other.
        found = self.tr("1 finding") if n == 1 else self.tr("{0} findings").format(n)
        warned = self.tr("1 warning") if warnings == 1 else self.tr("{0} warnings").format(warnings)
        self.summary.setText(
            self.tr("{0}, {1}. Double-click or press Enter on one to go to the record.").format(
                found, warned
            )
        )
        self.summary.setWordWrap(True)

    def _activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        if record_id is not None:
            self.record_requested.emit(kind, int(record_id))


def with_names(message: str) -> str:
    """Actor codes in a finding's text (``RDIF→ARG``) shown as names, in the UI language."""
    from tracker.ui.labels import names_for_codes

    return names_for_codes(message)
