"""Light and dark appearance: follows the system colour scheme, with a manual override.

Exports never use this: charts are written in a fixed light style.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


class _State:
    """The theme chosen, and whether we follow the desktop's scheme changes yet."""

    choice = "system"
    connected = False


_state = _State()


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dfe1e5")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#393b40"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b68"),
        QPalette.ColorRole.Link: QColor("#6ea8fe"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.PlaceholderText: QColor("#8c8f94"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f737a"))
    return p


def is_dark(choice: str | None = None) -> bool:
    choice = choice or _state.choice
    if choice == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return choice == "dark"


def apply(choice: str, app: QCoreApplication | None = None) -> bool:
    """Apply ``choice`` ("system", "light", "dark"); returns whether the result is dark."""
    app = app or QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("apply a theme after the QApplication is made")
    _state.choice = choice if choice in THEMES else "system"
    app.setStyle("Fusion")
    dark = is_dark()
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    if not _state.connected:
        # Follow the desktop when it switches between light and dark while we run.
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply(_state.choice, app) if _state.choice == "system" else None
        )
        _state.connected = True
    return dark
