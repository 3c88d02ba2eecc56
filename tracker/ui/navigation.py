"""Keyboard navigation of the main window: tab switching and focus moving between panes.

Every key here is a window-wide ``QAction`` listed in the View menu, so the shortcuts
are discoverable and appear in Help → Keyboard shortcuts (built from the actions).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget


def _make(window, text: str, keys: list[str], slot, menu: QMenu) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    # Window-wide: a table, the chart or a filter field with focus must not swallow them.
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    menu.addAction(action)
    return action


def step_tab(window, step: int) -> None:
    tabs = window.tabs
    tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
    tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)


def go_to_tab(window, index: int) -> None:
    window.tabs.setCurrentIndex(index)
    window.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)


def panes(window) -> list[QWidget]:
    """The panes F6 cycles through, in reading order: filters, timeline, table."""
    out: list[QWidget] = []
    if window.filter_dock.isVisible():
        out.append(window.filter_panel)
    out.append(window.timeline)
    out.append(window.tabs.currentWidget())
    return out


def current_pane(window) -> int | None:
    focus = QApplication.focusWidget()
    for i, pane in enumerate(panes(window)):
        if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
            return i
    return None


def focus_pane(window, step: int) -> QWidget:
    """Move the keyboard focus to the next (``step`` 1) or previous (-1) pane."""
    order = panes(window)
    here = current_pane(window)
    if here is None:
        target = order[0] if step > 0 else order[-1]
    else:
        target = order[(here + step) % len(order)]
    if target is window.filter_panel:
        window.filter_panel.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)
    else:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target


def install_navigation(window, view_menu: QMenu, acts: dict[str, QAction]) -> None:
    """Add the navigation actions to ``view_menu`` (and to ``acts`` by key)."""
    from tracker.ui.main_window import TABS

    menu = view_menu.addMenu(QCoreApplication.translate("Navigation", "&Go to"))
    menu.setObjectName("menu_go_to")
    acts["next_tab"] = _make(
        window,
        QCoreApplication.translate("Navigation", "&Next tab"),
        ["Ctrl+Tab", "Ctrl+PgDown"],
        lambda: step_tab(window, 1),
        menu,
    )
    acts["previous_tab"] = _make(
        window,
        QCoreApplication.translate("Navigation", "&Previous tab"),
        ["Ctrl+Shift+Tab", "Ctrl+PgUp"],
        lambda: step_tab(window, -1),
        menu,
    )
    menu.addSeparator()
    for i, (kind, _columns) in enumerate(TABS):
        acts[f"tab_{kind}"] = _make(
            window,
            window.tabs.tabText(i),
            [f"Alt+{i + 1}"],
            lambda _c=False, i=i: go_to_tab(window, i),
            menu,
        )
    menu.addSeparator()
    acts["next_pane"] = _make(
        window,
        QCoreApplication.translate("Navigation", "Next &pane"),
        ["F6"],
        lambda: focus_pane(window, 1),
        menu,
    )
    acts["previous_pane"] = _make(
        window,
        QCoreApplication.translate("Navigation", "P&revious pane"),
        ["Shift+F6"],
        lambda: focus_pane(window, -1),
        menu,
    )


def retranslate_tab_actions(window) -> None:
    """The Go to menu names the tabs as the tab bar does."""
    from tracker.ui.main_window import TABS

    for i, (kind, _columns) in enumerate(TABS):
        action = window.actions_.get(f"tab_{kind}")
        if action is not None:
            action.setText(window.tabs.tabText(i))
