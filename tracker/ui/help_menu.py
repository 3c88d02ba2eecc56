"""The Help menu: keyboard shortcuts, data sources, About and the map's credits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from tracker.ui.action_table import SEPARATOR, ActionSpec, add_actions
from tracker.ui.window_services import WindowServices


def build_help_menu(window: WindowServices, bar: QMenuBar, acts: dict[str, QAction]) -> QMenu:
    from tracker.ui import help_dialogs
    from tracker.ui.map_tab import show_map_credits

    menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    add_actions(
        window.window(),
        menu,
        [
            ActionSpec(
                "shortcuts",
                QCoreApplication.translate("Actions", "&Keyboard shortcuts"),
                lambda: help_dialogs.show_help(window, "shortcuts"),
                QKeySequence.StandardKey.HelpContents,
            ),
            ActionSpec(
                "data_sources",
                QCoreApplication.translate("Actions", "Data &sources and licences"),
                lambda: help_dialogs.show_help(window, "sources"),
            ),
            SEPARATOR,
            ActionSpec(
                "about",
                QCoreApplication.translate("Actions", "&About"),
                lambda: help_dialogs.show_about(window),
            ),
            ActionSpec(
                "map_credits",
                QCoreApplication.translate("Actions", "&Map data credits"),
                lambda: show_map_credits(window),
            ),
        ],
        acts,
    )
    return menu
