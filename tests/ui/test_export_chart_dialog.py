"""The export dialog, clicked as a user would; it remembers the folder and the format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tracker.domain.filters import Filters

F = Filters(
    donors=("USA",),
    recipients=("MEX",),
    date_from=dt.date(2021, 1, 1),
    date_to=dt.date(2021, 12, 31),
)
VISIBLE = (dt.date(2021, 3, 10), dt.date(2021, 4, 30))


def make(qtbot, store, settings):
    from tracker.ui.export_dialog import ExportChartDialog

    dialog = ExportChartDialog(store, F, VISIBLE, settings)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_save_svg_of_the_visible_range(qtbot, store, tmp_path):
    settings: dict = {}
    dialog = make(qtbot, store, settings)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    dialog.path_edit.setText(str(tmp_path / "chart.png"))
    dialog._fix_suffix()
    assert dialog.path_edit.text().endswith("chart.svg")
    dialog.width_box.setValue(1200)
    qtbot.mouseClick(dialog.visible_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.title_edit, "Doses and the border")
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    text = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 1200 900"' in text and "Doses and the border" in text
    assert "10 Mar 2021 – 30 Apr 2021" in text
    assert settings == {"export/folder_v1": str(tmp_path), "export/format_v1": "svg"}

    again = make(qtbot, store, settings)
    assert again.format_key() == "svg"
    assert again.out_path().parent == tmp_path


def test_print_png_and_an_error_shown_in_the_dialog(qtbot, store, tmp_path):
    settings: dict = {}
    dialog = make(qtbot, store, settings)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png-print"))
    dialog.path_edit.setText(str(tmp_path / "missing" / "chart.png"))
    dialog.width_box.setValue(400)
    dialog.height_box.setValue(300)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.error_label.text()
    assert dialog.isVisible() and settings == {}
    dialog.path_edit.setText(str(tmp_path / "chart.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "chart.png"))
    assert (image.width(), image.height()) == (1250, 938)  # 300 dpi: 400 x 300 px at 96 dpi
