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


def test_toolbar_icons_follow_the_theme(make_main_window, store):
    from PySide6.QtCore import QSize

    w = make_main_window(store)
    try:

        def ink(action):
            image = action.icon().pixmap(QSize(24, 24)).toImage()
            dark_pixels = [
                image.pixelColor(x, y)
                for x in range(24)
                for y in range(24)
                if image.pixelColor(x, y).alpha() > 200
            ]
            assert dark_pixels, "the icon is blank"
            return sum(c.lightness() for c in dark_pixels) / len(dark_pixels)

        w.set_theme("light")
        light_ink = ink(w.actions_["new"])
        w.set_theme("dark")
        assert ink(w.actions_["new"]) > light_ink + 100
    finally:
        theme.apply("light")
