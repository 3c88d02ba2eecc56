"""The View menu: docks, the fulfilment table, Fit all, Go to, language and theme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar

from tracker.ui import i18n, theme
from tracker.ui import settings as keys
from tracker.ui.action_table import ActionSpec, add_actions
from tracker.ui.navigation import install_navigation
from tracker.ui.window_services import WindowServices, store_of


def show_fulfilment(window: WindowServices) -> None:
    from tracker.ui.fulfilment_dialog import FulfilmentDialog

    dialog = FulfilmentDialog(store_of(window), window.filters, window.window())
    window.editor.open_forms.append(dialog)
    dialog.show()


def _choices(
    window: WindowServices,
    menu: QMenu,
    choices: list[tuple[str, str]],
    current: str,
    choose: Callable[[str], object],
    prefix: str,
    acts: dict[str, QAction],
) -> None:
    """One checkable entry per ``(code, name)``, exclusive, the ``current`` one checked."""
    group = QActionGroup(window.window())
    for code, name in choices:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        acts[f"{prefix}_{code}"] = action


def build_view_menu(window: WindowServices, bar: QMenuBar, acts: dict[str, QAction]) -> QMenu:
    menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    menu.addAction(window.filter_dock.toggleViewAction())
    menu.addAction(window.quality_dock.toggleViewAction())
    add_actions(
        window.window(),
        menu,
        [
            ActionSpec(
                "fulfilment",
                QCoreApplication.translate("Actions", "F&ulfilment and lead times…"),
                lambda: show_fulfilment(window),
            ),
            # Always there: the launcher's window gets its timeline after the first paint
            # (until then its empty state has nothing to fit).
            ActionSpec(
                "fit",
                QCoreApplication.translate("Actions", "&Fit all"),
                lambda: window.timeline.fit_all(),
                "Ctrl+0",
                window_wide=True,
            ),
        ],
        acts,
    )
    install_navigation(window, menu, acts)

    language_menu = menu.addMenu(QCoreApplication.translate("Actions", "&Language"))
    _choices(
        window,
        language_menu,
        [
            ("system", QCoreApplication.translate("Actions", "System language")),
            *i18n.LANGUAGES.items(),
        ],
        window.settings.text(keys.LANGUAGE, "system") or "system",
        window.switch_language,
        "language",
        acts,
    )
    theme_menu = menu.addMenu(QCoreApplication.translate("Actions", "&Theme"))
    theme_names = {
        "system": QCoreApplication.translate("Actions", "Follow the system"),
        "light": QCoreApplication.translate("Actions", "Light"),
        "dark": QCoreApplication.translate("Actions", "Dark"),
    }
    _choices(
        window,
        theme_menu,
        [(code, theme_names[code]) for code in theme.THEMES],
        window.settings.text(keys.THEME, "system") or "system",
        window.set_theme,
        "theme",
        acts,
    )
    return menu
