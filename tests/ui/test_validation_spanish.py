"""A validation message a form shows is worded in the interface language (its reason code
looked up in tracker.domain.messages), not left in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import new_form_by_keyboard, type_delivery_after_date
from tracker.domain.messages import TEMPLATES, wording
from tracker.ui import i18n


@pytest.fixture
def spanish():
    i18n.install("es")
    yield
    i18n.install("en")


def test_a_delivery_form_in_spanish_shows_spanish_validation_messages(
    make_main_window, empty_store, qtbot, spanish
):
    w = make_main_window(empty_store)
    form = new_form_by_keyboard(w, qtbot)
    qtbot.keyClicks(form.inputs["date"], "2019-12-31")
    qtbot.keyClick(form.inputs["date"], Qt.Key.Key_Tab)
    type_delivery_after_date(form, qtbot, "USA", "USA", "AstraZeneca", "0")

    assert form.errors["recipient"].text() == wording("same_actor", {}, "es")
    assert form.errors["recipient"].text() == "donante y receptor deben ser distintos"
    assert form.errors["doses"].text() == "las dosis deben ser más de 0"
    assert form.errors["date"].text().startswith("2019-12-31 está fuera del rango admitido")
    assert not form.save_button.isEnabled()
    shown = [label.text() for label in form.errors.values()] + [form.reason.text()]
    english = {en.split("{")[0].strip() for en, _ in TEMPLATES.values()} - {""}
    leftover = [(text, en) for text in shown for en in english if len(en) > 8 and en in text]
    assert leftover == []
    assert "donante y receptor deben ser distintos" in form.reason.text()


def test_an_edit_in_place_refused_in_spanish_says_why_in_spanish(
    make_main_window, empty_store, shown_messages, spanish
):
    import datetime as dt

    from tests.factories import add_delivery

    rid = add_delivery(empty_store)
    w = make_main_window(empty_store)
    w.editor.edit_in_place("deliveries", rid, 1, "date", dt.date(2019, 12, 31))
    [(kind, title, text)] = shown_messages
    assert (kind, title) == ("error", "No guardado")
    assert "está fuera del rango admitido" in text and "is before" not in text
