"""Languages: Qt's own translations (qtbase) plus ours, and the locale figures follow.

The choice is "system" (follow the OS locale) or a language code; it is remembered in
the settings and applied at start and live from the Language menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tracker.io.paths import resources_dir

LANGUAGES = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []


def resolve(choice: str) -> str:
    """The language to use for a saved choice ("system", "en", "es")."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def locale_for(lang: str) -> QLocale:
    """The user's own regional variant when it speaks ``lang`` (es_MX stays es_MX)."""
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    if lang == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install(lang: str, app: QCoreApplication | None = None) -> bool:
    """Switch the application to ``lang``; returns whether our translation was found."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install a translation after the QApplication is made")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    if lang == "en":
        return True
    found = False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"tracker_{lang}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    return found
