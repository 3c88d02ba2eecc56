"""GUI fixtures: isolated QSettings, a main-window factory, message boxes captured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QAbstractItemModelTester


@pytest.fixture(autouse=True)
def _english_unless_asked(qapp):
    """Tests speak English whatever LANG the suite runs under (CI also runs it as es_MX);
    the Spanish tests switch explicitly."""
    from tracker.ui import i18n

    i18n.install("en", qapp)
    yield
    i18n.install("en", qapp)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    qapp.setOrganizationName("TrackerTests")
    qapp.setApplicationName("tracker-tests")
    yield


@pytest.fixture
def shown_messages(monkeypatch):
    """Every message box the app would show, as (kind, title, text); confirmations say yes."""
    from tracker.ui import messages

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "error", lambda p, t, x, d="": shown.append(("error", t, x)))
    monkeypatch.setattr(messages, "info", lambda p, t, x: shown.append(("info", t, x)))

    def confirm(p, t, x, ok=""):
        shown.append(("confirm", t, x))
        return True

    monkeypatch.setattr(messages, "confirm", confirm)

    def choose(p, t, x, options):
        shown.append(("choose", t, x))
        return 0  # the first answer

    monkeypatch.setattr(messages, "choose", choose)
    return shown


@pytest.fixture
def make_main_window(qtbot, shown_messages):
    """Create main windows on a store; every table model is watched by Qt's model tester."""
    from tracker.ui.main_window import MainWindow

    windows, testers = [], []

    def factory(store):
        window = MainWindow(store)
        qtbot.addWidget(window)
        for model in window.models.values():
            testers.append(
                QAbstractItemModelTester(
                    model, QAbstractItemModelTester.FailureReportingMode.Warning
                )
            )
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield factory
    for w in windows:
        for form in w.editor.open_forms:
            form.close()
        w.close()
