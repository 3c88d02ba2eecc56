"""Export the timeline from the window: format, size, title, language, range.

The dialog receives its collaborators (store, filters, visible range, settings) and
saves through :func:`tracker.timeline.export.export_chart_file`, the function the
command line uses too. It remembers the last folder and format in ``settings``, any
object with ``get(key, default)`` and item assignment (the app's ``Settings``, or a
plain dict in tests).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import TrackerError
from tracker.domain.filters import Filters
from tracker.timeline.export import export_chart_file
from tracker.ui.path_field import PathField
from tracker.ui.settings import EXPORT_FOLDER, EXPORT_FORMAT

#: format key -> (suffix, dpi, label)
FORMATS = {
    "png": (".png", None, "PNG image, screen (96 dpi)"),
    "png-print": (".png", 300, "PNG image, print (300 dpi)"),
    "svg": (".svg", None, "SVG vector image"),
    "pdf": (".pdf", None, "PDF document (one page)"),
}


class ExportChartDialog(QDialog):
    """Choose how to export the chart, then write it with ``export_chart_file``."""

    exported = Signal(object)  # the Path written

    def __init__(
        self,
        store,
        filters: Filters,
        visible_range: tuple[dt.date, dt.date] | None,
        settings,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.store, self.filters, self.settings = store, filters, settings
        self.visible = visible_range
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export chart"))
        self.setMinimumWidth(520)  # room for a real path

        self.format_box = QComboBox(self)
        for key, (_suffix, _dpi, label) in FORMATS.items():
            self.format_box.addItem(self.tr(label), key)
        last = str(settings.get(EXPORT_FORMAT, "png") or "png")
        self.format_box.setCurrentIndex(max(self.format_box.findData(last), 0))
        self.width_box, self.height_box = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.width_box, 1600), (self.height_box, 900)):
            box.setRange(100, 20_000)
            box.setValue(value)
            box.setSuffix(" px")
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Automatic (from the filters)"))
        self.lang_box = QComboBox(self)
        self.lang_box.addItem("English", "en")
        self.lang_box.addItem("Español", "es")
        self.lang_box.setCurrentIndex(max(self.lang_box.findData(lang), 0))
        self.whole_radio = QRadioButton(self.tr("Whole range of the filters"), self)
        self.visible_radio = QRadioButton(self.tr("Visible range"), self)
        group = QButtonGroup(self)
        group.addButton(self.whole_radio)
        group.addButton(self.visible_radio)
        self.whole_radio.setChecked(True)
        if visible_range is not None:
            self.visible_radio.setText(
                self.tr("Visible range ({0} to {1})").format(*map(str, visible_range))
            )
        else:
            self.visible_radio.setEnabled(False)
        folder = str(settings.get(EXPORT_FOLDER, "") or "") or str(Path.home())
        self.file = PathField(
            self.tr("File to write"), self._choose, self, str(Path(folder) / "timeline.png")
        )
        self.file.chosen.connect(self._fix_suffix)
        self.path_edit = self.file.edit
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #C0392B")

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow(self.tr("Height:"), self.height_box)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Language:"), self.lang_box)
        form.addRow(self.tr("Range:"), self.whole_radio)
        form.addRow("", self.visible_radio)
        form.addRow(self.tr("File:"), self.file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._fix_suffix)
        self._fix_suffix()

    # -- our API ------------------------------------------------------------------------
    def format_key(self) -> str:
        return str(self.format_box.currentData())

    def out_path(self) -> Path:
        return self.file.path()

    def save(self) -> Path | None:
        """Write the file; on failure show why in the dialog and stay open."""
        suffix, dpi, _label = FORMATS[self.format_key()]
        out = self.out_path()
        if out.suffix.lower() != suffix:
            out = out.with_suffix(suffix)
        try:
            written = export_chart_file(
                self.store,
                out,
                self.filters,
                width=self.width_box.value(),
                height=self.height_box.value(),
                dpi=dpi,
                title=self.title_edit.text().strip() or None,
                lang=str(self.lang_box.currentData()),
                visible_range=self.visible if self.visible_radio.isChecked() else None,
            )
        except (TrackerError, OSError) as exc:
            self.error_label.setText(str(exc))
            return None
        self.settings[EXPORT_FOLDER] = str(written.parent)
        self.settings[EXPORT_FORMAT] = self.format_key()
        self.written = written
        self.error_label.clear()
        self.exported.emit(written)
        self.accept()
        return written

    # -- internals ----------------------------------------------------------------------
    def _fix_suffix(self, *_args: object) -> None:
        suffix = FORMATS[self.format_key()][0]
        path = self.out_path()
        if path.name and path.suffix.lower() != suffix:
            self.path_edit.setText(str(path.with_suffix(suffix)))

    def _choose(self, _current: str) -> str:
        suffix = FORMATS[self.format_key()][0]
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(self.out_path()), f"*{suffix}"
        )
        return name
