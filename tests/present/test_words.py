"""Every word the chart and the map write has an English and a Spanish wording, with the
same {placeholders}: the Spanish export never falls back to a key or loses a figure."""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

import pytest

from tracker.present.words import CHART, LANGUAGES, MAP

TABLES = {"chart": CHART, "map": MAP}


def leaves(table: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted key, wording) of every word in a nested table."""
    if isinstance(table, dict):
        for key, value in table.items():
            yield from leaves(value, f"{path}.{key}" if path else str(key))
    else:
        yield path, table


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("name", TABLES)
def test_every_word_has_each_language(name):
    table = TABLES[name]
    assert set(table) == set(LANGUAGES)
    keys = {lang: dict(leaves(table[lang])) for lang in LANGUAGES}
    assert set(keys["es"]) == set(keys["en"])


@pytest.mark.parametrize("name", TABLES)
def test_same_placeholders_in_every_language(name):
    table = TABLES[name]
    english = dict(leaves(table["en"]))
    for lang in LANGUAGES:
        for key, wording in leaves(table[lang]):
            if isinstance(wording, str):
                assert wording.strip(), (lang, key)
                assert placeholders(wording) == placeholders(english[key]), (lang, key)
            else:  # month names
                assert len(wording) == len(english[key]) == 12, (lang, key)
                assert all(isinstance(w, str) and w for w in wording), (lang, key)


def test_spanish_is_spanish_where_the_words_differ():
    """A sample of words that must not be left in English (a copied table would pass
    the key test)."""
    assert CHART["es"]["committed"] != CHART["en"]["committed"]
    assert MAP["es"]["title_delivered"] != MAP["en"]["title_delivered"]
    assert CHART["es"]["months"][0] == "ene"
