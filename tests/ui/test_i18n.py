"""Spanish interface: every visible string translated, figures in the locale's format."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
    QWizard,
)

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
        if isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTableView) and w.model() is not None:
            header = w.horizontalHeader().orientation()
            texts.extend(
                str(w.model().headerData(c, header) or "") for c in range(w.model().columnCount())
            )
        if isinstance(w, QWizard) and w.currentPage() is not None:
            texts.extend([w.currentPage().title(), w.currentPage().subTitle()])
        texts.extend(w.windowTitle() for _ in [0] if w.isWindow())
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
        "Puntos de control",
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


def _delivery_cells(window, ref: str) -> dict[str, str]:
    """What the deliveries table shows in each column for the delivery ``ref``."""
    model = window.models["deliveries"]
    row = next(r for r in range(model.rowCount()) if model.value(r, "id") == ref)
    return {c.key: model.index(row, k).data() for k, c in enumerate(model.columns)}


def test_country_names_and_figures_follow_the_language(make_main_window, store, spanish):
    i18n.install("es")
    cells = _delivery_cells(make_main_window(store), "T1-10")
    assert cells["donor"] == "Estados Unidos"
    assert cells["recipient"] == "México"
    assert cells["doses"] == QLocale().toString(1_500_000)
    assert cells["status"] == "Entregada"


def test_spanish_import_wizard_and_export_dialogs_have_no_english_left(
    make_main_window, store, spanish, tmp_path, qtbot
):
    from tracker.ui.actions import export_data, import_data
    from tracker.ui.export_dialog import ExportChartDialog

    i18n.install("es")
    w = make_main_window(store)
    sources = english_sources()
    src = tmp_path / "entregas.csv"
    src.write_text(
        "Fecha;País donante;País receptor;Vacuna;Dosis\n"
        "28/03/2021;Estados Unidos;México;AstraZeneca;1,500,000\n",
        encoding="utf-8",
    )
    wizard = import_data(w)
    assert wizard.windowTitle() == "Importar datos"
    first_page = visible_texts(wizard)
    wizard.file_page.path_edit.setText(str(src))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.options_page.preview_model.rowCount() == 1)
    options_page = visible_texts(wizard)
    assert "Entregas" in options_page and "Dosis (doses) *" in options_page
    chart_dialog = ExportChartDialog(store, w.filters, None, {}, w, lang="es")
    qtbot.addWidget(chart_dialog)
    data_dialog = export_data(w)
    left = [
        t
        for t in first_page
        + options_page
        + visible_texts(chart_dialog)
        + visible_texts(data_dialog)
        if t in sources
    ]
    assert left == []
    wizard.reject()


def test_the_mixed_vaccine_is_named_in_spanish_in_tables_and_the_filter(
    make_main_window, store, spanish
):
    from tests.factories import add_delivery

    add_delivery(store, vaccine="mixed", ref="MIX-1")
    i18n.install("es")
    w = make_main_window(store)
    assert _delivery_cells(w, "MIX-1")["vaccine"] == "Mixta / sin especificar"
    combo = w.filter_panel.vaccine
    combo.showPopup()
    combo.hidePopup()
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Mixta / sin especificar" in names and "Mixed / unspecified" not in names
    assert "Oxford/AstraZeneca" in names
    combo.setEditText("Mixta / sin especificar")
    assert combo.code() == "mixed"
