"""Export records to CSV or XLSX: the current (filtered) view or everything.

The file is written by :func:`tracker.io.export.export_data` (formula-safe, UTF-8 with a
BOM by default so Excel shows "México"); this dialog only collects the choices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import RecordKind
from tracker.domain.errors import TrackerError
from tracker.domain.filters import Filters
from tracker.io.export import export_data
from tracker.store.database import Store
from tracker.ui import messages
from tracker.ui.import_fields import kind_label
from tracker.ui.path_field import PathField

KINDS = (
    RecordKind.COMMITMENT,
    RecordKind.DELIVERY,
    RecordKind.TALLY,
    RecordKind.EVENT,
    RecordKind.SERIES,
)


class ExportDataDialog(QDialog):
    """Collects kind, scope, format and file; ``view_ids`` maps a kind to the record ids
    its table currently shows (after the window's filters and search)."""

    def __init__(
        self,
        store: Store,
        kind: str,
        view_ids: dict[str, list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.view_ids = store, view_ids
        self.rows_written = 0
        self.kind_combo = QComboBox(self)
        for k in KINDS:
            self.kind_combo.addItem(kind_label(k), k.value)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.view_radio = QRadioButton(self)
        self.everything_radio = QRadioButton(self)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.view_radio)
        self.scope.addButton(self.everything_radio)
        self.file = PathField(self.tr("File to write"), self._choose, self)
        self.path_edit = self.file.edit
        self.bom_check = QCheckBox(self)
        self.bom_check.setChecked(True)
        self.export_button = QPushButton(self)
        self.export_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.kind_label, self.file_label = QLabel(self), QLabel(self)
        self.form.addRow(self.kind_label, self.kind_combo)
        self.form.addRow(self.file_label, self.file)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for w in (self.view_radio, self.everything_radio, self.bom_check):
            layout.addWidget(w)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._update)
        self.file.changed.connect(self._update)
        self.export_button.clicked.connect(self.export)
        self.retranslate_ui()
        (self.view_radio if self.view_radio.isEnabled() else self.everything_radio).setChecked(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export data"))
        self.kind_label.setText(self.tr("Records:"))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kind_label(self.kind_combo.itemData(i)))
        self.file_label.setText(self.tr("File:"))
        self.path_edit.setPlaceholderText(self.tr("a .csv or .xlsx file"))
        self.everything_radio.setText(self.tr("Everything"))
        self.bom_check.setText(self.tr("UTF-8 with BOM (so Excel shows accents)"))
        self.export_button.setText(self.tr("Export"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- our API -------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def path(self) -> Path:
        return self.file.path()

    def _update(self, *_args) -> None:
        ids = self.view_ids.get(self.kind())
        self.view_radio.setEnabled(ids is not None)
        count = len(ids) if ids is not None else 0
        self.view_radio.setText(self.tr("The current view ({0} rows)").format(count))
        if ids is None and self.view_radio.isChecked():
            self.everything_radio.setChecked(True)
        self.bom_check.setEnabled(self.path().suffix.lower() != ".xlsx")
        self.export_button.setEnabled(bool(self.file.text()))

    def _choose(self, _current: str) -> str:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export data"),
            f"{self.kind()}.csv",
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if path and not Path(path).suffix:
            path += ".xlsx" if "xlsx" in chosen else ".csv"
        return path

    def export(self) -> None:
        ids = self.view_ids.get(self.kind()) if self.view_radio.isChecked() else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            n = export_data(
                self.store,
                self.path(),
                self.kind(),
                Filters(),
                bom=self.bom_check.isChecked(),
                ids=ids,
            )
        except TrackerError as exc:
            QApplication.restoreOverrideCursor()
            messages.show_exception(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self.rows_written = n
        self.accept()
