"""The import wizard: file → preview with guessed options and a column map the user can
correct → a dry run listing every rejected row → the import itself, off the UI thread,
with progress and a Cancel that writes nothing. The choices can be saved as a profile.

All reading, checking and writing is ``tracker.io``'s; this module only shows it. The
import function is a collaborator (``run_import``) so tests drive the real thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from tracker.domain.errors import TrackerError
from tracker.io import guess, profiles
from tracker.io.importing import ImportCancelled, ImportReport, import_file
from tracker.io.parse import FIELDS, KINDS, REQUIRED
from tracker.io.tables import ReadOptions, detect_format, read_table, sheet_names
from tracker.store.database import Store
from tracker.ui.import_fields import (
    field_label,
    kind_label,
    option_combo,
    option_value,
    select_option,
)
from tracker.ui.import_worker import FrameTableModel, ImportWorker
from tracker.ui.labels import reason
from tracker.ui.path_field import PathField

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1")
DATE_FORMATS = ("%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d")


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.file = PathField(self.tr("File to import"), self._choose, self)
        self.path_edit = self.file.edit
        self.profile_combo = QComboBox(self)
        self.profile_combo.addItem(self.tr("(guess from the file)"), None)
        for name, path in profiles.list_profiles(wizard.profiles_dir).items():
            self.profile_combo.addItem(name, str(path))
        form = QFormLayout(self)
        form.addRow(self.tr("File (CSV or XLSX):"), self.file)
        form.addRow(self.tr("Saved profile:"), self.profile_combo)
        self.setTitle(self.tr("Choose a file"))
        self.file.changed.connect(self.completeChanged)

    def _choose(self, _current: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), "", self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All (*)")
        )
        return path

    def isComplete(self) -> bool:
        return self.file.path().is_file()


class OptionsPage(QWizardPage):
    """Preview plus every reading option, pre-filled with guesses; a column per field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.import_wizard = wizard
        self.setTitle(self.tr("Check how the file is read"))
        self.kind_combo = option_combo(
            self,
            [(kind_label(k), k) for k in KINDS],
        )
        self.encoding_combo = option_combo(self, [(e, e) for e in ENCODINGS], editable=True)
        self.delimiter_combo = option_combo(
            self, [(",", ","), (";", ";"), (self.tr("Tab"), "\t"), ("|", "|")]
        )
        self.date_combo = option_combo(
            self, [(self.tr("ISO (YYYY-MM-DD)"), None), *((f, f) for f in DATE_FORMATS)], True
        )
        self.thousands_combo = option_combo(self, [(self.tr("none"), None), (",", ","), (".", ".")])
        self.sheet_combo = QComboBox(self)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.preview_model = FrameTableModel(parent=self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setWordWrap(False)
        self.mapping_table = QTableWidget(0, 2, self)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().setVisible(False)
        form = QFormLayout()
        for label, w in (
            (self.tr("Records:"), self.kind_combo),
            (self.tr("Encoding:"), self.encoding_combo),
            (self.tr("Delimiter:"), self.delimiter_combo),
            (self.tr("Sheet:"), self.sheet_combo),
            (self.tr("Dates:"), self.date_combo),
            (self.tr("Thousands separator:"), self.thousands_combo),
        ):
            form.addRow(label, w)
        # Never silently "High": say what rows without a Confidence column get.
        self.confidence_note = QLabel(self)
        self.confidence_note.setObjectName("confidence_note")
        self.confidence_note.setWordWrap(True)
        self.completeChanged.connect(self._show_confidence_note)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.mapping_table, 1)
        left.addWidget(self.confidence_note)
        right = QVBoxLayout()
        right.addWidget(self.notes)
        right.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.columns: list[str] = []
        for c in (self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            c.currentIndexChanged.connect(self.reload_preview)
        edit = self.encoding_combo.lineEdit()
        assert edit is not None  # an editable combo box has one
        edit.editingFinished.connect(self.reload_preview)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_mapping(None))

    def initializePage(self) -> None:
        w = self.import_wizard
        path = w.path()
        chosen = w.file_page.profile_combo.currentData()
        is_csv = False
        try:
            is_csv = detect_format(path) == "csv"
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(sheet_names(path))
            self.sheet_combo.blockSignals(False)
            g, _ = guess.guess_file(path, FIELDS)
            opts = profiles.load_profile(Path(chosen)) if chosen else None
        except TrackerError as exc:
            g, opts = guess.Guess(), None
            self.notes.setText(str(exc))
        for c in (self.encoding_combo, self.delimiter_combo):
            c.setEnabled(is_csv)
        self.sheet_combo.setEnabled(not is_csv)
        src = opts or ReadOptions(
            g.kind, g.mapping, g.delimiter, g.encoding, g.date_format, g.thousands
        )
        for combo, value in (
            (self.kind_combo, src.kind or g.kind),
            (self.encoding_combo, src.encoding or g.encoding or "utf-8"),
            (self.delimiter_combo, src.delimiter or g.delimiter or ","),
            (self.date_combo, src.date_format),
            (self.thousands_combo, src.thousands),
        ):
            combo.blockSignals(True)
            select_option(combo, value)
            combo.blockSignals(False)
        if src.sheet:
            self.sheet_combo.setCurrentText(src.sheet)
        self.reload_preview(remap=False)
        self._fill_mapping(src.mapping)
        if g.notes and not opts:
            self.notes.setText("\n".join(g.notes))

    def reload_preview(self, *_args, remap: bool = True) -> None:
        try:
            frame = read_table(
                self.import_wizard.path(), self.read_options(), limit=guess.PREVIEW_ROWS
            )
            self.notes.clear()
        except TrackerError as exc:
            frame = pd.DataFrame()
            self.notes.setText(str(exc))
        self.preview_model.set_frame(frame)
        self.preview.resizeColumnsToContents()
        for col in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(col, min(self.preview.columnWidth(col), 260))
        if list(frame.columns) != self.columns:
            self.columns = list(frame.columns)
            if remap:
                self._fill_mapping(None)
        self.completeChanged.emit()

    def _fill_mapping(self, mapping: dict[str, str] | None) -> None:
        kind = self.kind_combo.currentData()
        fields = FIELDS[kind]
        if mapping is None:
            mapping = guess.guess_mapping(self.columns, fields)
        self.mapping_table.setRowCount(len(fields))
        for r, f in enumerate(fields):
            label = field_label(f, f in REQUIRED[kind])
            self.mapping_table.setCellWidget(r, 0, QLabel(label, self.mapping_table))
            combo = option_combo(self.mapping_table, [("", None), *((c, c) for c in self.columns)])
            select_option(combo, mapping.get(f))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.mapping_table.setCellWidget(r, 1, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.completeChanged.emit()

    def _show_confidence_note(self) -> None:
        kind = self.kind_combo.currentData()
        silent = "confidence" in FIELDS[kind] and "confidence" not in self.read_options().mapping
        self.confidence_note.setText(
            self.tr(
                "No column gives the confidence: every row will be recorded as High. "
                "Map a Confidence column to set it per row."
            )
            if silent
            else ""
        )
        self.confidence_note.setVisible(silent)

    # -- our API -------------------------------------------------------------------------
    def combo_for(self, field_name: str) -> QComboBox:
        row = FIELDS[self.kind_combo.currentData()].index(field_name)
        combo = self.mapping_table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)  # every mapping row has one
        return combo

    def read_options(self) -> ReadOptions:
        kind = self.kind_combo.currentData()
        mapping = {}
        for r, f in enumerate(FIELDS[kind]):
            combo = self.mapping_table.cellWidget(r, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[f] = combo.currentData()
        csv_file = self.encoding_combo.isEnabled()
        return ReadOptions(
            kind=kind,
            mapping=mapping,
            delimiter=self.delimiter_combo.currentData() if csv_file else None,
            encoding=option_value(self.encoding_combo) if csv_file else None,
            date_format=option_value(self.date_combo),
            thousands=self.thousands_combo.currentData(),
            sheet=None if csv_file else self.sheet_combo.currentText() or None,
        )

    def isComplete(self) -> bool:
        mapped = self.read_options().mapping
        return bool(self.columns) and all(
            f in mapped for f in REQUIRED[self.kind_combo.currentData()]
        )


class _RunPage(QWizardPage):
    """A page that runs the import function in a worker and shows progress."""

    def __init__(self, wizard: ImportWizard, dry_run: bool) -> None:
        super().__init__(wizard)
        self.import_wizard = wizard
        self.dry_run = dry_run
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.report: ImportReport | None = None
        self.worker: ImportWorker | None = None

    def start(self, skip_invalid: bool = False) -> None:
        w = self.import_wizard
        if self.worker is not None and self.running():
            # back and forth while checking: stop the old run first
            self.worker.cancel()
            self.worker.wait()
        self.report = None
        self.progress.setValue(0)
        self.summary_label.setText(self.tr("Checking rows…") if self.dry_run else "")
        opts = w.options_page.read_options()
        self.worker = ImportWorker(
            w.store,
            w.run_import,
            w.path(),
            opts,
            dry_run=self.dry_run,
            skip_invalid=skip_invalid,
            record_undo=not self.dry_run,
        )
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self.completeChanged)
        self.worker.finished.connect(w.work_finished)
        self.worker.start()
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def _progressed(self, phase: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))
        if phase == "checking":
            text = self.tr("Checking rows…")
        else:
            text = self.tr("Comparing with the database…") if self.dry_run else self.tr("Writing…")
        self.progress.setFormat(f"{text} %p%")

    def _succeeded(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setValue(1000)
        self.progress.setFormat(self.tr("Done"))
        self.summary_label.setText(
            self.tr("{0} rows: {1} new, {2} updated, {3} unchanged, {4} rejected").format(
                report.rows, report.new, report.updated, report.unchanged, report.rejected
            )
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            self.summary_label.setText(self.tr("Import cancelled; nothing was written."))
        else:
            self.summary_label.setText(str(exc))
        self.completeChanged.emit()


class CheckPage(_RunPage):
    """The dry run: counts, and every rejected row with its column and reason."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, dry_run=True)
        self.setTitle(self.tr("Check every row"))
        self.setCommitPage(True)
        self.errors_model = FrameTableModel(parent=self)
        self.errors_view = QTableView(self)
        self.errors_view.setModel(self.errors_model)
        self.errors_view.verticalHeader().setVisible(False)
        self.errors_view.horizontalHeader().setStretchLastSection(True)
        self.skip_check = QCheckBox(self.tr("Import only the valid rows"), self)
        self.profile_edit = QLineEdit(self)
        self.profile_edit.setPlaceholderText(self.tr("Save these choices as a profile (name)"))
        self.profile_edit.setEnabled(wizard.profiles_dir is not None)
        layout = QVBoxLayout(self)
        for widget in (self.progress, self.summary_label, self.errors_view, self.skip_check):
            layout.addWidget(widget)
        layout.addWidget(self.profile_edit)
        self.skip_check.toggled.connect(self._skip_toggled)

    def initializePage(self) -> None:
        self.skip_check.setChecked(False)
        self.skip_check.setVisible(False)
        self.errors_model.set_frame(pd.DataFrame())
        self.start()

    def _succeeded(self, report: ImportReport) -> None:
        rows = [
            (e.row if e.row is not None else "", e.column or e.field, reason(e))
            for e in report.errors
        ]
        frame = pd.DataFrame(rows, columns=[self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.errors_model.set_frame(frame)
        self.skip_check.setVisible(report.rejected > 0)
        super()._succeeded(report)

    def _skip_toggled(self, on: bool) -> None:
        text = self.tr("Import only the valid rows") if on else self.tr("Import")
        self.wizard().setButtonText(QWizard.WizardButton.CommitButton, text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        r = self.report
        if r is None or self.running():
            return False
        valid = r.rows - r.rejected
        return valid > 0 and (r.rejected == 0 or self.skip_check.isChecked())


class RunImportPage(_RunPage):
    """The import itself, with a Cancel that really cancels."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, dry_run=False)
        self.setTitle(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        layout = QVBoxLayout(self)
        for widget in (self.progress, self.summary_label, self.cancel_button):
            layout.addWidget(widget)
        self.cancel_button.clicked.connect(self.cancel)

    def initializePage(self) -> None:
        self.cancel_button.setEnabled(True)
        self.start(skip_invalid=self.import_wizard.check_page.skip_check.isChecked())

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        self.cancel_button.setEnabled(False)

    def _succeeded(self, report: ImportReport) -> None:
        super()._succeeded(report)
        self.cancel_button.setEnabled(False)
        w = self.import_wizard
        name = w.check_page.profile_edit.text().strip()
        if name and w.profiles_dir is not None:
            try:
                w.profiles_dir.mkdir(parents=True, exist_ok=True)
                path = profiles.profile_path(w.profiles_dir, name)
                profiles.save_profile(path, w.options_page.read_options(), name)
            except OSError as exc:  # the import itself is done and stays
                self.summary_label.setText(
                    self.summary_label.text() + "\n" + self.tr("Profile not saved: {0}").format(exc)
                )
        w.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        super()._failed(exc)

    def isComplete(self) -> bool:
        return not self.running() and self.worker is not None


class ImportWizard(QWizard):
    """Import a CSV or XLSX file into ``store``'s database, all rows or none.

    ``imported`` carries the :class:`ImportReport` (its ``undo`` makes the import one
    undo step: push an :class:`ImportCommand`). ``work_finished`` fires whenever a
    worker thread ends (tests wait on it).
    """

    imported = Signal(object)
    work_finished = Signal()

    def __init__(
        self,
        store: Store,
        run_import: Callable = import_file,
        parent=None,
        profiles_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.run_import = store, run_import
        self.profiles_dir = Path(profiles_dir) if profiles_dir is not None else None
        self.setWindowTitle(self.tr("Import data"))
        self.file_page = FilePage(self)
        self.options_page = OptionsPage(self)
        self.check_page = CheckPage(self)
        self.import_page = RunImportPage(self)
        for page in (self.file_page, self.options_page, self.check_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.resize(1000, 700)

    def path(self) -> Path:
        return self.file_page.file.path()

    def done(self, result: int) -> None:
        # No thread outlives the wizard: a running import is cancelled (nothing written).
        for page in (self.check_page, self.import_page):
            if page.worker is not None and page.worker.isRunning():
                page.worker.cancel()
                page.worker.wait()
        super().done(result)
