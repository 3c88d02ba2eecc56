"""Keyboard navigation of the main window: tab switching and focus moving between panes.

Every key here is a window-wide ``QAction`` listed in the View menu, so the shortcuts
are discoverable and appear in Help → Keyboard shortcuts (built from the actions).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tracker.ui.action_table import SEPARATOR, ActionSpec, Slot, add_actions
from tracker.ui.record_tabs import TABS
from tracker.ui.window_services import WindowServices


def step_tab(window: WindowServices, step: int) -> None:
    tabs = window.tabs
    tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
    tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)


def go_to_tab(window: WindowServices, index: int) -> None:
    window.tabs.setCurrentIndex(index)
    window.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)


def panes(window: WindowServices) -> list[QWidget]:
    """The panes F6 cycles through, in reading order: filters, timeline, table."""
    out: list[QWidget] = []
    if window.filter_dock.isVisible():
        out.append(window.filter_panel)
    out.append(cast(QWidget, window.timeline))  # the chart, or its empty state: a widget
    out.append(window.tabs.currentWidget())
    return out


def current_pane(window: WindowServices) -> int | None:
    focus = QApplication.focusWidget()
    for i, pane in enumerate(panes(window)):
        if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
            return i
    return None


def focus_pane(window: WindowServices, step: int) -> QWidget:
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


def install_navigation(window: WindowServices, view_menu: QMenu, acts: dict[str, QAction]) -> None:
    """Add the navigation actions to ``view_menu`` (and to ``acts`` by key)."""
    menu = view_menu.addMenu(QCoreApplication.translate("Navigation", "&Go to"))
    menu.setObjectName("menu_go_to")

    def entry(key: str, text: str, keys: list[str], slot: Slot) -> ActionSpec:
        return ActionSpec(key, text, slot, keys[0], more=tuple(keys[1:]), window_wide=True)

    def go_to(index: int) -> Slot:
        return lambda: go_to_tab(window, index)

    add_actions(
        window.window(),
        menu,
        [
            entry(
                "next_tab",
                QCoreApplication.translate("Navigation", "&Next tab"),
                ["Ctrl+Tab", "Ctrl+PgDown"],
                lambda: step_tab(window, 1),
            ),
            entry(
                "previous_tab",
                QCoreApplication.translate("Navigation", "&Previous tab"),
                ["Ctrl+Shift+Tab", "Ctrl+PgUp"],
                lambda: step_tab(window, -1),
            ),
            SEPARATOR,
            *(
                entry(
                    f"tab_{kind}",
                    window.tabs.tabText(i),
                    [f"Alt+{i + 1}"],
                    go_to(i),
                )
                for i, (kind, _columns) in enumerate(TABS)
            ),
            SEPARATOR,
            entry(
                "next_pane",
                QCoreApplication.translate("Navigation", "Next &pane"),
                ["F6"],
                lambda: focus_pane(window, 1),
            ),
            entry(
                "previous_pane",
                QCoreApplication.translate("Navigation", "P&revious pane"),
                ["Shift+F6"],
                lambda: focus_pane(window, -1),
            ),
        ],
        acts,
    )


def retranslate_tab_actions(window: WindowServices) -> None:
    """The Go to menu names the tabs as the tab bar does."""
    for i, (kind, _columns) in enumerate(TABS):
        action = window.actions_.get(f"tab_{kind}")
        if action is not None:
            action.setText(window.tabs.tabText(i))
