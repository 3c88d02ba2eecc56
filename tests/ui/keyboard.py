"""Keyboard steps the GUI tests share: open a new record's form, type a delivery."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def new_form_by_keyboard(window, qtbot, tab: str = "deliveries"):
    """Ctrl+N in the ``tab`` table: the new record's form, once it is the active window."""
    window.show_tab(tab)
    window.views[tab].setFocus()
    qtbot.keyClick(window.views[tab], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.editor.open_forms[-1]
    qtbot.waitUntil(form.isActiveWindow)
    return form


def type_delivery_after_date(form, qtbot, donor: str, recipient: str, vaccine: str, doses: str):
    """Type a delivery's donor (the field after the date has the focus), recipient,
    vaccine and doses."""
    qtbot.keyClicks(QApplication.focusWidget(), donor)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(form.inputs["recipient"], recipient)
    form.inputs["vaccine"].setFocus()
    qtbot.keyClicks(form.inputs["vaccine"].lineEdit(), vaccine)
    qtbot.keyClicks(form.inputs["doses"], doses)
