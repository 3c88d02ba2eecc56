"""Spanish interface: every visible string translated, figures in the locale's format."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from tracker.ui import i18n

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "tracker_es.ts"


@pytest.fixture
def spanish():
    if not TS.with_suffix(".qm").exists():
        pytest.fail("resources/translations/tracker_es.qm is missing: run `make` (it builds it)")
    yield
    i18n.install("en")


def english_sources() -> dict[str, str]:
    """English source → Spanish, for strings whose Spanish differs."""
    out = {}
    for m in ET.parse(TS).iter("message"):
        src, tr = m.find("source").text or "", m.find("translation").text or ""
        if tr and tr != src:
            out[src] = tr
    return out


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        texts.extend(a.text() for a in w.actions())
    return [t for t in texts if t]


def test_every_string_has_a_spanish_translation():
    missing = [
        m.find("source").text
        for m in ET.parse(TS).iter("message")
        if not (m.find("translation").text or "").strip()
    ]
    assert missing == []


def test_spanish_main_window_and_forms_have_no_english_left(make_main_window, store, spanish):
    i18n.install("es")
    w = make_main_window(store)
    sources = english_sources()
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == [
        "Promesas",
        "Compromisos",
        "Entregas",
        "Eventos de política",
        "Serie",
        "Fuentes",
    ]
    headers = [
        w.models["deliveries"].headerData(c, w.views["deliveries"].horizontalHeader().orientation())
        for c in range(w.models["deliveries"].columnCount())
    ]
    assert headers[:3] == ["Llegada", "Donante", "Receptor"]
    widgets = [
        w,
        w.editor.new_record("deliveries"),
        w.editor.new_record("commitments"),
        w.editor.new_record("events"),
    ]
    left = [t for widget in widgets for t in visible_texts(widget) if t in sources]
    assert left == []


def test_language_menu_switches_live_and_is_remembered(make_main_window, store, qtbot, spanish):
    w = make_main_window(store)
    assert w.tabs.tabText(0) == "Promises"
    spanish_window = w.switch_language("es")
    qtbot.addWidget(spanish_window)
    assert spanish_window.tabs.tabText(0) == "Promesas"
    assert spanish_window.undo_stack is w.undo_stack
    assert spanish_window.settings.text("ui/language_v1") == "es"
    assert QLocale().language() == QLocale.Language.Spanish
    back = spanish_window.switch_language("en")
    qtbot.addWidget(back)
    assert back.tabs.tabText(0) == "Promises"


def test_country_names_and_figures_follow_the_language(make_main_window, store, spanish):
    i18n.install("es")
    w = make_main_window(store)
    model = w.models["deliveries"]
    row = next(r for r in range(model.rowCount()) if model.value(r, "id") == "T1-10")
    keys = [c.key for c in model.columns]
    assert model.index(row, keys.index("donor")).data() == "Estados Unidos"
    assert model.index(row, keys.index("recipient")).data() == "México"
    assert model.index(row, keys.index("doses")).data() == QLocale().toString(1_500_000)
    assert model.index(row, keys.index("status")).data() == "Entregada"
