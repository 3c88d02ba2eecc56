from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tracker.ui import theme


def test_dark_theme_darkens_the_window_and_is_remembered(make_main_window, store):
    w = make_main_window(store)
    try:
        w.actions_["theme_dark"].trigger()
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 80
        assert w.settings.text("ui/theme_v1") == "dark"
        w.actions_["theme_light"].trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        theme.apply("light")
