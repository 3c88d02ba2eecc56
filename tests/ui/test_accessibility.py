"""Every control can be named by a screen reader and reached from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

CONTROLS = (QLineEdit, QComboBox, QAbstractButton, QAbstractItemView, QAbstractSpinBox)


def controls(root: QWidget) -> list[QWidget]:
    found = [c for kind in CONTROLS for c in root.findChildren(kind)]
    return [
        c
        for c in dict.fromkeys(found)
        if c.isVisible()
        and not isinstance(c, QHeaderView)  # read out as part of its table
        and not isinstance(c.parent(), QComboBox | QAbstractSpinBox)  # their own line edits
    ]


def unnamed(root: QWidget) -> list[str]:
    out = []
    for c in controls(root):
        iface = QAccessible.queryAccessibleInterface(c)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            out.append(f"{type(root).__name__}: {type(c).__name__} {c.objectName()!r}")
    return out


def test_every_control_has_an_accessible_name(make_main_window, store, tmp_path):
    from tracker.ui.actions import export_data, import_data
    from tracker.ui.export_dialog import ExportChartDialog

    w = make_main_window(store)
    roots = [
        w,
        w.editor.new_record("deliveries"),
        w.editor.new_record("commitments"),
        w.editor.new_record("events"),
        import_data(w),
        export_data(w),
        ExportChartDialog(store, w.filters, None, {}, w),
    ]
    for root in roots:
        root.show()
    QApplication.processEvents()
    assert [name for root in roots for name in unnamed(root)] == []


def test_tab_reaches_every_field_of_the_delivery_form(qtbot, make_main_window, store):
    w = make_main_window(store)
    form = w.editor.new_record("deliveries")
    form.activateWindow()
    qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
    wanted = {
        c for c in controls(form) if c.isEnabled() and c.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    reached = set()
    for _ in range(4 * len(wanted) + 10):
        focus = QApplication.focusWidget()
        while focus is not None and focus not in wanted and focus is not form:
            focus = focus.parentWidget()
        if focus is not None:
            reached.add(focus)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    missing = [f"{type(c).__name__} {c.objectName()!r}" for c in wanted - reached]
    assert missing == []
