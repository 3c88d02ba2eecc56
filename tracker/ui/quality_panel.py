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

    def __init__(self, store_getter: Callable[[], Store], parent=None) -> None:
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

        if self._store() is None:  # still loading
            return
        self.findings = reconcile(self._store()).findings
        self.list.clear()
        labels = {"warning": self.tr("Warning"), "info": self.tr("Note")}
        for f in self.findings:
            item = QListWidgetItem(f"{labels.get(f.severity, f.severity)} · {f.ref}: {f.message}")
            item.setData(Qt.ItemDataRole.UserRole, (f.kind, f.record_id))
            if f.record_id is None:
                item.setToolTip(self.tr("Not a record"))
            self.list.addItem(item)
        warnings = sum(f.severity == "warning" for f in self.findings)
        self.summary.setText(
            self.tr(
                "{0} findings, {1} warnings. Double-click or press Enter on "
                "one to go to the record."
            ).format(len(self.findings), warnings)
        )

    def _activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        if record_id is not None:
            self.record_requested.emit(kind, int(record_id))
